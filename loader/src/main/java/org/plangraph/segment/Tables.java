package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import org.plangraph.model.TextSpan;

/** What later stages and the load report may ask about the tables of a text. */
public final class Tables {
    private Tables() {
    }

    /** A cell with where it stands in the repaired text. */
    public record Cell(String text, int start, int end) {
    }

    /** A table as rows of cells; a category line printed across the table is a row of one cell. */
    public record Grid(List<List<Cell>> rows) {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** Where the table starts and ends in the repaired text. */
        public int start() {
            return rows.get(0).get(0).start();
        }

        public int end() {
            List<Cell> last = rows.get(rows.size() - 1);
            return last.get(last.size() - 1).end();
        }
    }

    /** The tables in the first {@code length} characters of a span, with cells placed in the repaired text. */
    public static List<Grid> in(TextSpan span, int length) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : TextLine.split(span.text().substring(0, length))) {
            int offset = span.repairedStart();
            lines.add(new TextLine(line.start() + offset, line.end() + offset, line.text()));
        }
        List<Grid> grids = new ArrayList<>();
        for (TableBlock block : TableFinder.find(lines)) {
            grids.add(new Grid(block.rows().stream()
                    .map(r -> r.cells().stream().map(c -> new Cell(c.text(), c.start(), c.end())).toList())
                    .toList()));
        }
        return grids;
    }

    /**
     * The tables of a repaired text whose columns are not those of a task table, each as its rows
     * (cells separated by TAB or |), one per line: they stay text, and the load report lists them so
     * that a missing column cue can be added.
     */
    public static List<String> unrecognised(String repairedText) {
        TableColumns columns = TableColumns.standard();
        List<String> out = new ArrayList<>();
        for (TableBlock block : TableFinder.find(TextLine.split(repairedText))) {
            if (columns.taskTable(block).isEmpty()) {
                out.add(String.join("\n", block.rows().stream().map(r -> r.line().text()).toList()));
            }
        }
        return out;
    }
}
