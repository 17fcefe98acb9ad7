package org.plangraph.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.ColumnRole;
import org.plangraph.text.ChineseNumerals;

/**
 * The label of a row of a task table: its number cell as printed ({@code 71}, {@code (一)}), or its
 * position when the table has no number column or the cell is empty; and of a category row, its own
 * numbering ({@code 一、南昌市} is {@code 一}) or its position.
 *
 * @param label   the label as a path segment
 * @param number  its value
 * @param heading a category's title without its numbering; null for a row
 */
record TableRowLabel(String label, int number, String heading) {
    static final String ROW_STYLE = "table-row";
    static final String CATEGORY_STYLE = "table-category";

    private static final Pattern SERIAL = Pattern.compile("^\\(?(\\d{1,4}|[一二三四五六七八九十百零〇]+)\\)?[.、]?$");

    static TableRowLabel ofRow(TaskTable table, TableBlock.Row row, int order) {
        int col = table.column(ColumnRole.SERIAL);
        if (col >= 0 && col < row.cells().size()) {
            String cell = row.cells().get(col).text().strip();
            Matcher m = SERIAL.matcher(cell);
            if (m.matches()) {
                String digits = m.group(1);
                int number = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumerals.parse(digits);
                String label = cell.replaceAll("[.、]$", "");
                return new TableRowLabel(label, number > 0 ? number : order, null);
            }
        }
        return new TableRowLabel(String.valueOf(order), order, null);
    }

    static TableRowLabel ofCategory(TableBlock.Row row, int order) {
        List<TableBlock.Cell> filled = row.filled();
        String text = filled.isEmpty() ? "" : filled.get(0).text();
        return NumberingStyle.match(text)
                .map(marker -> new TableRowLabel(marker.label(), marker.number(), text.substring(marker.length()).strip()))
                .orElseGet(() -> new TableRowLabel(String.valueOf(order), order, text));
    }
}
