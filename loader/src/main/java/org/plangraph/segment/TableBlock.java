package org.plangraph.segment;

import java.util.List;

/**
 * A run of consecutive table rows in a body: lines whose cells the read stage separated by TAB, or
 * text rows that separate them with {@code |}.
 *
 * @param first index of its first line in the body
 * @param end   index one past its last line
 * @param rows  its rows, in order; a category row (a line spanning the table) has one cell
 */
record TableBlock(int first, int end, List<Row> rows) {

    TableBlock {
        rows = List.copyOf(rows);
    }

    /** A cell's text with where it stands in the repaired text. */
    record Cell(String text, int start, int end) {
    }

    /**
     * One row.
     *
     * @param line     the line it is printed on
     * @param cells    its cells, empty ones included, so that a cell's index is its column
     * @param spanning true for a line printed across the table (a category such as 一、南昌市), not in columns
     */
    record Row(TextLine line, List<Cell> cells, boolean spanning) {

        Row {
            cells = List.copyOf(cells);
        }

        List<Cell> filled() {
            return cells.stream().filter(c -> !c.text().isEmpty()).toList();
        }
    }
}
