package org.plangraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A table row as {@link SourceText} wants it: one line, cells separated by TAB, a cell's own line breaks folded to spaces. */
final class TableRowText {
    private static final Pattern CELL_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private TableRowText() {
    }

    /** The row's line, without trailing empty cells; empty if every cell is blank (a spacer row). */
    static String of(List<String> cells) {
        List<String> folded = new ArrayList<>(cells.size());
        for (String cell : cells) {
            folded.add(cell == null ? "" : CELL_SPACE.matcher(cell).replaceAll(" ").strip());
        }
        while (!folded.isEmpty() && folded.get(folded.size() - 1).isEmpty()) {
            folded.remove(folded.size() - 1);
        }
        return String.join(String.valueOf(SourceText.CELL_SEPARATOR), folded);
    }
}
