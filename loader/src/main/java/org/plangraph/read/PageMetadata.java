package org.plangraph.read;

import java.time.LocalDate;
import org.plangraph.text.DateParser;

/**
 * Facts that a publisher states around a document rather than in it: a web page's metadata block
 * (索引号, 发文机关, 成文日期, 文号 … as a table, a definition list or label–value lines), its
 * {@code <title>} and article-title meta tag, a PDF's or Word file's document properties. The read
 * stage fills what the file format carries; the repair stage adds what it finds in label–value lines
 * of plain text. Any of them may be null.
 *
 * @param title       the document's title as the page or file properties give it (标题, ArticleTitle)
 * @param pageTitle   the page's {@code <title>}, which often prefixes the title with the site's name
 * @param published   the posting date (发布日期): when the page went up, not when the document was signed
 * @param written     the written date (成文日期)
 * @param issuer      the issuing organ (发文机关)
 * @param publisher   the publishing organ (发布机构), which may differ from the issuer
 * @param docNumber   the document number (文号, 发文字号, 文件编号) as the page prints it
 * @param indexNumber the government-information index number (索引号)
 * @param subject     the subject classification (主题分类)
 * @param validity    the validity the page states (有效性: 有效, 失效 …)
 */
public record PageMetadata(String title, String pageTitle, LocalDate published, LocalDate written, String issuer,
        String publisher, String docNumber, String indexNumber, String subject, String validity) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null, null, null, null);

    /** The fields a label–value line or a metadata cell can set, by the name used in {@code ontology/cues}. */
    public enum Field {
        TITLE("title"), PAGE_TITLE("pageTitle"), PUBLISHED("published"), WRITTEN("written"), ISSUER("issuer"),
        PUBLISHER("publisher"), DOC_NUMBER("docNumber"), INDEX_NUMBER("indexNumber"), SUBJECT("subject"), VALIDITY("validity");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Field of(String key) {
            for (Field f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown page metadata field: " + key);
        }
    }

    /** This metadata with {@code field} set to {@code value}, if the value is not blank and the field not yet set. */
    public PageMetadata with(Field field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String v = value.strip();
        return switch (field) {
            case TITLE -> title != null ? this : new PageMetadata(v, pageTitle, published, written, issuer, publisher, docNumber, indexNumber, subject, validity);
            case PAGE_TITLE -> pageTitle != null ? this : new PageMetadata(title, v, published, written, issuer, publisher, docNumber, indexNumber, subject, validity);
            case PUBLISHED -> published != null ? this : new PageMetadata(title, pageTitle, DateParser.parse(v).orElse(null), written, issuer, publisher, docNumber, indexNumber, subject, validity);
            case WRITTEN -> written != null ? this : new PageMetadata(title, pageTitle, published, DateParser.parse(v).orElse(null), issuer, publisher, docNumber, indexNumber, subject, validity);
            case ISSUER -> issuer != null ? this : new PageMetadata(title, pageTitle, published, written, v, publisher, docNumber, indexNumber, subject, validity);
            case PUBLISHER -> publisher != null ? this : new PageMetadata(title, pageTitle, published, written, issuer, v, docNumber, indexNumber, subject, validity);
            case DOC_NUMBER -> docNumber != null ? this : new PageMetadata(title, pageTitle, published, written, issuer, publisher, v, indexNumber, subject, validity);
            case INDEX_NUMBER -> indexNumber != null ? this : new PageMetadata(title, pageTitle, published, written, issuer, publisher, docNumber, v, subject, validity);
            case SUBJECT -> subject != null ? this : new PageMetadata(title, pageTitle, published, written, issuer, publisher, docNumber, indexNumber, v, validity);
            case VALIDITY -> validity != null ? this : new PageMetadata(title, pageTitle, published, written, issuer, publisher, docNumber, indexNumber, subject, v);
        };
    }

    public PageMetadata with(String fieldKey, String value) {
        return with(Field.of(fieldKey), value);
    }
}
