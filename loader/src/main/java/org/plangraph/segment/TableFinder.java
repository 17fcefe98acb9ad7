package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plangraph.read.SourceText;

/**
 * Finds the tables of a body. A TAB-separated line is a table row (the read stage writes nothing
 * else that way); a text row with two or more {@code |} is one only where two or more such rows with
 * the same number of cells follow each other, as tables typed into plain text are printed. A short
 * line between two rows is a category printed across the table (Word and HTML drop the empty cells of
 * a row that spans all columns).
 */
final class TableFinder {
    private static final char PIPE = '|';
    private static final char FULL_WIDTH_PIPE = '｜';
    private static final int MIN_PIPES = 2;
    private static final int MIN_ROWS = 2;
    /** A spanning category line is a heading: short and not a sentence. */
    private static final int MAX_CATEGORY = 40;
    /** A rule between the header and the rows of a typed table: |---|:---:|, +----+. */
    private static final Pattern RULE = Pattern.compile("^[\\s|｜+:：\\-—=_]+$");

    private TableFinder() {
    }

    static List<TableBlock> find(List<TextLine> lines) {
        List<TableBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = blockEnd(lines, i);
            if (end > i) {
                List<TableBlock.Row> rows = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    TextLine line = lines.get(k);
                    if (RULE.matcher(line.text()).matches()) {
                        continue;
                    }
                    List<TableBlock.Cell> cells = cells(line);
                    rows.add(new TableBlock.Row(line, cells, cells.size() == 1));
                }
                if (rows.stream().filter(r -> !r.spanning()).count() >= MIN_ROWS) {
                    blocks.add(new TableBlock(i, end, rows));
                }
                i = end;
            } else {
                i++;
            }
        }
        return blocks;
    }

    /** One past the last line of a table starting at line {@code i}; {@code i} if none starts there. */
    private static int blockEnd(List<TextLine> lines, int i) {
        if (tabRow(lines.get(i).text())) {
            int k = i + 1;
            while (k < lines.size()) {
                if (tabRow(lines.get(k).text())) {
                    k++;
                } else if (k + 1 < lines.size() && category(lines.get(k).text()) && tabRow(lines.get(k + 1).text())) {
                    k += 2;
                } else {
                    break;
                }
            }
            return k;
        }
        int cells = pipeCells(lines.get(i).text());
        if (cells == 0) {
            return i;
        }
        int k = i + 1;
        while (k < lines.size()) {
            String line = lines.get(k).text();
            if (pipeCells(line) == cells || RULE.matcher(line).matches() && line.indexOf(PIPE) >= 0) {
                k++;
            } else if (k + 1 < lines.size() && category(line) && pipeCells(lines.get(k + 1).text()) == cells) {
                k += 2;
            } else {
                break;
            }
        }
        return k - i >= MIN_ROWS ? k : i;
    }

    private static boolean tabRow(String line) {
        return line.indexOf(SourceText.CELL_SEPARATOR) >= 0;
    }

    private static boolean category(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_CATEGORY && s.indexOf('。') < 0 && !tabRow(s) && pipeCells(s) == 0;
    }

    /** The number of cells of a typed row, 0 when the line is not one. */
    private static int pipeCells(String line) {
        if (RULE.matcher(line).matches()) {
            return 0;
        }
        int pipes = 0;
        for (int k = 0; k < line.length(); k++) {
            if (isPipe(line.charAt(k))) {
                pipes++;
            }
        }
        if (pipes < MIN_PIPES) {
            return 0;
        }
        String s = line.strip();
        int outer = (isPipe(s.charAt(0)) ? 1 : 0) + (isPipe(s.charAt(s.length() - 1)) ? 1 : 0);
        return pipes + 1 - outer;
    }

    private static boolean isPipe(char c) {
        return c == PIPE || c == FULL_WIDTH_PIPE;
    }

    /** The cells of a row, trimmed, with their place in the repaired text; a line without separators is one cell. */
    private static List<TableBlock.Cell> cells(TextLine line) {
        String text = line.text();
        boolean tabs = tabRow(text);
        List<TableBlock.Cell> cells = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= text.length(); k++) {
            boolean boundary = k == text.length()
                    || (tabs ? text.charAt(k) == SourceText.CELL_SEPARATOR : isPipe(text.charAt(k)));
            if (boundary) {
                cells.add(cell(line, from, k));
                from = k + 1;
            }
        }
        if (!tabs && pipeCells(text) > 0) {
            // a typed row's outer bars (| a | b |) close no cell
            if (cells.size() > 1 && cells.get(0).text().isEmpty() && isPipe(text.strip().charAt(0))) {
                cells.remove(0);
            }
            if (cells.size() > 1 && cells.get(cells.size() - 1).text().isEmpty() && isPipe(text.strip().charAt(text.strip().length() - 1))) {
                cells.remove(cells.size() - 1);
            }
        }
        return cells;
    }

    private static TableBlock.Cell cell(TextLine line, int from, int to) {
        String text = line.text();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new TableBlock.Cell(text.substring(from, to), line.start() + from, line.start() + to);
    }
}
