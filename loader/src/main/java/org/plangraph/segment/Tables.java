package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;

/** What later stages and the load report may ask about the tables of a text. */
public final class Tables {
    private Tables() {
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
