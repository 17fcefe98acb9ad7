package org.plangraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.Version;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Word 97–2003 files (DOC) with POI's HWPF: the main text's paragraphs in order, each with the label
 * Word numbers it with (see {@link DocListLabels}), and tables as TAB-separated rows, a vertically
 * merged cell repeated in each row it spans. Field codes are dropped and their results kept; headers,
 * footers, footnotes and text boxes are not part of the main text and are left out.
 */
final class DocTextExtractor implements TextExtractor {
    @Override
    public String name() {
        return "Apache POI " + Version.getVersion() + " (HWPF)";
    }

    @Override
    public Extracted extract(String fileName, byte[] bytes) throws SourceRejectedException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            DocListLabels labels = new DocListLabels(document.getListTables());
            Range range = document.getRange();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    table(table, labels, lines);
                    i += Math.max(0, table.numParagraphs() - 1);
                    continue;
                }
                String text = labels.labelOf(p) + paragraphText(p);
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line);
                    }
                }
            }
            var info = document.getSummaryInformation();
            // the creation date is left out: Word keeps it from the template a clerk started from, often years old
            PageMetadata page = info == null ? PageMetadata.NONE : FileProperties.metadata(info.getTitle(), info.getAuthor(), null);
            return new Extracted(String.join("\n", lines), null, page);
        } catch (EncryptedDocumentException e) {
            throw new SourceRejectedException(fileName, "a password-protected Word file; save an unprotected copy first");
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged structures as unchecked exceptions of many kinds
            throw new SourceRejectedException(fileName, "a damaged Word file (DOC) that POI cannot open: " + DocxTextExtractor.oneLine(e));
        }
    }

    private static void table(Table table, DocListLabels labels, List<String> lines) {
        Map<Integer, String> mergedByLeftEdge = new HashMap<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                String text;
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    // the rows below the first of a vertical merge are empty cells at the same position
                    text = mergedByLeftEdge.getOrDefault(cell.getLeftEdge(), "");
                } else {
                    text = cellText(cell, labels);
                    if (cell.isFirstVerticallyMerged()) {
                        mergedByLeftEdge.put(cell.getLeftEdge(), text);
                    }
                }
                cells.add(text);
            }
            String line = TableRowText.of(cells);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    private static String cellText(TableCell cell, DocListLabels labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            Paragraph p = cell.getParagraph(i);
            parts.add(labels.labelOf(p) + paragraphText(p));
        }
        return String.join(" ", parts);
    }

    /**
     * A paragraph's text without Word's control characters: field codes go (their results stay), a
     * manual line break is a line, cell and paragraph marks, pictures and anchors are dropped, and
     * tabs are spaces (a tab in running text aligns, it does not separate cells).
     */
    static String paragraphText(Paragraph p) {
        String raw = Range.stripFields(p.text());
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u000B' -> b.append('\n');
                case '\t' -> b.append(' ');
                case '\u001E' -> b.append('-');
                case '\r', '\u0007', '\u000C', '\u0001', '\u0008', '\u001F', '\u0013', '\u0014', '\u0015', '\u0005' -> {
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
