package org.plangraph.read;

import java.util.regex.Pattern;

/** How a government document sets its paragraphs: the masthead and titles centred, the signature and its date right, the rest as body. */
final class SampleLayout {
    private static final Pattern MASTHEAD = Pattern.compile("^\\p{IsHan}+　\\p{IsHan}+$");
    private static final Pattern TITLE = Pattern.compile(".*(通知|要点\\(\\d{4}年\\))$");
    private static final Pattern SIGNATURE = Pattern.compile("^(\\p{IsHan}{2,12}(办公室|政府)|\\d{4}年\\d{1,2}月\\d{1,2}日)$");

    private SampleLayout() {
    }

    static PdfFromSample.Style style(SampleParagraphs.Paragraph p) {
        if (p.indented()) {
            return PdfFromSample.Style.BODY;
        }
        if (MASTHEAD.matcher(p.text()).matches()) {
            return PdfFromSample.Style.MASTHEAD;
        }
        if (TITLE.matcher(p.text()).matches()) {
            return PdfFromSample.Style.TITLE;
        }
        if (SIGNATURE.matcher(p.text()).matches()) {
            return PdfFromSample.Style.SIGNATURE;
        }
        return PdfFromSample.Style.BODY;
    }
}
