package org.plangraph.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of each page of a PDF with where they sit, from PDFBox's text stripper sorted by position
 * (government PDFs often draw text out of reading order). Positions are what tells a wrapped line from
 * the end of a paragraph, and a running header from the text.
 */
final class PdfLineCollector extends PDFTextStripper {
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();

    private PdfLineCollector() {
        setSortByPosition(true);
    }

    /** Every page's lines, top to bottom; a page without text gives an empty list. */
    static List<List<PdfLine>> linesByPage(PDDocument document) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.writeText(document, Writer.nullWriter());
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage p) {
        page = new ArrayList<>();
        pages.add(page);
    }

    @Override
    protected void endPage(PDPage p) {
        closeLine();
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        text.append(s);
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        closeLine();
    }

    private void closeLine() {
        String line = text.toString().strip();
        List<TextPosition> inked = glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList();
        if (!line.isEmpty() && !inked.isEmpty()) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float[] sizes = new float[inked.size()];
            for (int i = 0; i < inked.size(); i++) {
                TextPosition g = inked.get(i);
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                sizes[i] = g.getFontSizeInPt();
            }
            java.util.Arrays.sort(sizes);
            page.add(new PdfLine(line, left, right, inked.get(0).getYDirAdj(), sizes[sizes.length / 2]));
        }
        text.setLength(0);
        glyphs.clear();
    }
}
