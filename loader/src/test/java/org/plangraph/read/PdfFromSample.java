package org.plangraph.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

/**
 * Lays a sample out as a government PDF: A4, body in 16 pt wrapped at the margins with first-line
 * indents, the masthead and titles centred, the signature set right, a running header and a
 * {@code — N —} page number on every page.
 * Needs a TrueType font with CJK glyphs (Debian's fonts-wqy-microhei); tests are skipped without it.
 */
final class PdfFromSample {
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final String RUNNING_HEADER = "赣州市人民政府公报";
    private static final float LEFT = 79;
    private static final float RIGHT = 74;
    private static final float TOP = 100;
    private static final float BOTTOM = 640;
    private static final float PITCH = 1.8f;

    /** How a paragraph is set, after GB/T 9704 (the layout standard of party and government documents). */
    enum Style {
        BODY(16, Alignment.LEFT, 0),
        /** The masthead naming the issuing organs. */
        MASTHEAD(20, Alignment.CENTRE, 0),
        TITLE(22, Alignment.CENTRE, 0),
        /** The signature and its date, four characters in from the right margin. */
        SIGNATURE(16, Alignment.RIGHT, 4);

        final float size;
        final Alignment alignment;
        final int rightIndentCharacters;

        Style(float size, Alignment alignment, int rightIndentCharacters) {
            this.size = size;
            this.alignment = alignment;
            this.rightIndentCharacters = rightIndentCharacters;
        }
    }

    enum Alignment { LEFT, CENTRE, RIGHT }

    /** The PDF, how many pages it has, and how many paragraphs a page break cuts in two. */
    record Built(byte[] bytes, int pages, int paragraphsSplitByPageBreak) {
    }

    private PdfFromSample() {
    }

    /** Skips the calling test when the CJK font is not installed. */
    static void assumeFont() {
        Assumptions.assumeTrue(Files.isRegularFile(CJK_FONT), () -> "skipped: no CJK TrueType font at " + CJK_FONT
                + " (apt-get install fonts-wqy-microhei); PDFBox needs one to write Chinese text");
    }

    static Built build(SampleParagraphs sample, Function<SampleParagraphs.Paragraph, Style> styles) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT.toFile()); PDDocument doc = new PDDocument()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("untitled");
            doc.setDocumentInformation(info);
            Layout layout = new Layout(doc, font);
            int split = 0;
            for (SampleParagraphs.Paragraph p : sample.paragraphs()) {
                Style style = styles.apply(p);
                float size = style.size;
                List<String> lines = wrap(font, p.text(), size, p.indented() ? 2 * size : 0);
                int firstPage = -1;
                for (int i = 0; i < lines.size(); i++) {
                    layout.line(lines.get(i), style, i == 0 && p.indented() ? 2 * size : 0);
                    firstPage = i == 0 ? layout.pages : firstPage;
                }
                if (layout.pages != firstPage) {
                    split++;
                }
            }
            layout.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Built(out.toByteArray(), layout.pages, split);
        }
    }

    private static List<String> wrap(PDType0Font font, String text, float size, float firstIndent) throws IOException {
        float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float limit = width - firstIndent;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && font.getStringWidth(line + ch) / 1000 * size > limit) {
                // like Word, keep a Latin word or a number whole on the next line
                int cut = line.length();
                while (isAsciiWordCharacter(cp) && cut > 0 && isAsciiWordCharacter(line.charAt(cut - 1))) {
                    cut--;
                }
                cut = cut == 0 ? line.length() : cut;
                lines.add(line.substring(0, cut));
                String carried = line.substring(cut);
                line.setLength(0);
                line.append(carried);
                limit = width;
            }
            line.append(ch);
            i += ch.length();
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean isAsciiWordCharacter(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Places lines down the pages, starting a new page with its header and number when one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;
        int pages;

        Layout(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void line(String text, Style style, float indent) throws IOException {
            float size = style.size;
            if (stream == null || y + size * PITCH > BOTTOM) {
                newPage();
            }
            float width = font.getStringWidth(text) / 1000 * size;
            float pageWidth = PDRectangle.A4.getWidth();
            float x = switch (style.alignment) {
                case LEFT -> LEFT + indent;
                case CENTRE -> LEFT + (pageWidth - LEFT - RIGHT - width) / 2;
                case RIGHT -> pageWidth - RIGHT - style.rightIndentCharacters * size - width;
            };
            y += size * PITCH;
            show(text, size, x, y);
        }

        private void newPage() throws IOException {
            finish();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages++;
            stream = new PDPageContentStream(doc, page);
            float pageWidth = PDRectangle.A4.getWidth();
            float headerWidth = font.getStringWidth(RUNNING_HEADER) / 1000 * 10.5f;
            show(RUNNING_HEADER, 10.5f, (pageWidth - headerWidth) / 2, 50);
            String number = "— " + pages + " —";
            float numberWidth = font.getStringWidth(number) / 1000 * 14;
            show(number, 14, (pageWidth - numberWidth) / 2, 800);
            y = TOP;
        }

        private void show(String text, float size, float x, float top) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
            stream.showText(text);
            stream.endText();
        }

        void finish() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
