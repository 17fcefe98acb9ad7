package org.plangraph.repair;

import java.time.LocalDate;
import org.plangraph.text.DateParser;

/**
 * Facts that a web page states around a document, in lines the repair stage drops as chrome:
 * the posting date, the written date (成文日期), the issuing organ and number as the site lists them.
 * Any of them may be null.
 */
public record PageMetadata(LocalDate published, LocalDate written, String issuer, String docNumber) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    PageMetadata with(String field, String value) {
        return switch (field) {
            case "published" -> new PageMetadata(DateParser.parse(value).orElse(published), written, issuer, docNumber);
            case "written" -> new PageMetadata(published, DateParser.parse(value).orElse(written), issuer, docNumber);
            case "issuer" -> new PageMetadata(published, written, blankToNull(value, issuer), docNumber);
            case "docNumber" -> new PageMetadata(published, written, issuer, blankToNull(value, docNumber));
            default -> throw new IllegalArgumentException("unknown page metadata field: " + field);
        };
    }

    private static String blankToNull(String value, String previous) {
        return value == null || value.isBlank() ? previous : value.strip();
    }
}
