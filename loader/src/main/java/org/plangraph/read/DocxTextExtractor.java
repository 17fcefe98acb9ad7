package org.plangraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.Version;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ files (DOCX) with POI's XWPF: the body's paragraphs and tables in document order, each
 * paragraph with the label Word numbers it with ({@code 一、}, {@code （一）}, {@code 1.}); tables as
 * TAB-separated rows, a vertically merged cell repeated in each row it spans and a cell spanning
 * columns followed by empty cells, as the HTML reader does. Headers, footers and footnotes are left
 * out: they are page furniture, not the document's text.
 */
final class DocxTextExtractor implements TextExtractor {
    /** A paragraph's text with its own tabs, which are alignment inside a line, not table cells. */
    private static final char PARAGRAPH_TAB_REPLACEMENT = ' ';

    @Override
    public String name() {
        return "Apache POI " + Version.getVersion() + " (XWPF)";
    }

    @Override
    public Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxListLabels labels = new DocxListLabels(document);
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                render(element, labels, lines);
            }
            var core = document.getProperties().getCoreProperties();
            // the creation date is left out: Word keeps it from the template a clerk started from, often years old
            PageMetadata page = FileProperties.metadata(core.getTitle(), core.getCreator(), null);
            return new Extracted(String.join("\n", lines), null, page);
        } catch (EncryptedDocumentException e) {
            throw new SourceRejectedException(fileName, "a password-protected Word file; save an unprotected copy first");
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
            throw new SourceRejectedException(fileName, "a damaged Word file (DOCX) that POI cannot open: " + oneLine(e));
        }
    }

    private static void render(IBodyElement element, DocxListLabels labels, List<String> lines) {
        if (element instanceof XWPFParagraph p) {
            String text = paragraphText(p, labels);
            if (!text.isBlank()) {
                lines.addAll(List.of(text.split("\n")));
            }
        } else if (element instanceof XWPFTable t) {
            table(t, labels, lines);
        } else if (element instanceof XWPFSDT sdt) {
            // a content control around body text (a cover block, a date picker): its text as lines
            String text = sdt.getContent().getText();
            if (!text.isBlank()) {
                lines.addAll(List.of(text.replace(SourceText.CELL_SEPARATOR, PARAGRAPH_TAB_REPLACEMENT).split("\n")));
            }
        }
    }

    private static String paragraphText(XWPFParagraph p, DocxListLabels labels) {
        String label = labels.labelOf(p);
        String text = p.getText().replace(SourceText.CELL_SEPARATOR, PARAGRAPH_TAB_REPLACEMENT);
        return text.isBlank() && !label.isBlank() ? label.strip() : label + text;
    }

    private static void table(XWPFTable table, DocxListLabels labels, List<String> lines) {
        List<String> above = new ArrayList<>(); // the text in each grid column of the previous row
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int column = cells.size();
                String text = continuesMerge(pr) && column < above.size() ? above.get(column) : cellText(cell, labels);
                cells.add(text);
                for (int k = 1; k < gridSpan(pr); k++) {
                    cells.add("");
                }
            }
            above = cells;
            String line = TableRowText.of(cells);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    /** A cell of {@code w:vMerge} without {@code restart}: the rows below the first of a vertical merge. */
    private static boolean continuesMerge(CTTcPr pr) {
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        STMerge.Enum val = pr.getVMerge().getVal();
        return val == null || val == STMerge.CONTINUE;
    }

    private static int gridSpan(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        BigInteger span = pr.getGridSpan().getVal();
        return Math.max(1, Math.min(64, span.intValue()));
    }

    /** A cell's paragraphs (numbered as Word numbers them) and nested tables, folded into one line. */
    private static String cellText(XWPFTableCell cell, DocxListLabels labels) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                parts.add(paragraphText(p, labels));
            } else if (element instanceof XWPFTable nested) {
                List<String> nestedLines = new ArrayList<>();
                table(nested, labels, nestedLines);
                parts.add(String.join(" ", nestedLines).replace(SourceText.CELL_SEPARATOR, ' '));
            }
        }
        return String.join(" ", parts);
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
