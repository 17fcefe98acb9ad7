package org.plangraph.segment;

import java.util.List;
import org.plangraph.model.ColumnRole;

/**
 * A table whose rows are tasks: its header row read into column roles, and the rows below it.
 *
 * @param block   the table as found in the body
 * @param headers the header of each column, white space removed
 * @param roles   the role of each column
 * @param rows    the rows under the header (categories included, repeated headers left out)
 */
record TaskTable(TableBlock block, List<String> headers, List<ColumnRole> roles, List<TableBlock.Row> rows) {

    TaskTable {
        headers = List.copyOf(headers);
        roles = List.copyOf(roles);
        rows = List.copyOf(rows);
    }

    int column(ColumnRole role) {
        return roles.indexOf(role);
    }

    /**
     * True for a row that names a category of the rows after it: a line across the table, or a row
     * whose one filled cell is not a task (it stands in the number column, or opens with 一、).
     */
    boolean category(TableBlock.Row row) {
        if (row.spanning()) {
            return true;
        }
        List<TableBlock.Cell> filled = row.filled();
        if (filled.size() != 1) {
            return false;
        }
        int col = row.cells().indexOf(filled.get(0));
        return col != column(ColumnRole.TASK) || NumberingStyle.match(filled.get(0).text()).isPresent();
    }
}
