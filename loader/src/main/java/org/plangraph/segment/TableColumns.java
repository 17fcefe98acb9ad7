package org.plangraph.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.ColumnRole;
import org.plangraph.model.Role;

/**
 * Reads the header row of a table into column roles and decides whether the table lists tasks. The
 * task column is the one whose header names tasks (工作任务, 具体措施 …); failing that, a table with
 * both a unit column and a deadline column (a work plan's table) takes its widest text column.
 * Tables of anything else (a project list with 项目名称 and 责任单位, a table of figures) are not task
 * tables and stay text.
 */
final class TableColumns {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^[\\d.,%()\\s]*$");

    private record Cue(Pattern pattern, ColumnRole role) {
    }

    /** Unit-column labels, longest first so that 牵头单位 wins over a shorter label it starts with. */
    private final List<String> unitLabels;
    private final List<ColumnRole> unitRoles;
    private final List<Cue> cues;

    /** A label of a responsibility note, which heads a column of units in its role. */
    private record UnitLabel(String label, Role role) {
    }

    private TableColumns(List<UnitLabel> unitLabels, List<Cue> cues) {
        List<UnitLabel> sorted = new ArrayList<>(unitLabels);
        sorted.sort(Comparator.comparingInt((UnitLabel u) -> u.label().length()).reversed());
        this.unitLabels = sorted.stream().map(UnitLabel::label).toList();
        this.unitRoles = sorted.stream().map(u -> u.role() == Role.LEAD ? ColumnRole.LEAD : ColumnRole.RESPONSIBLE).toList();
        this.cues = List.copyOf(cues);
    }

    static TableColumns standard() {
        List<UnitLabel> units = new ArrayList<>();
        for (DataFiles.Row row : DataFiles.readRows("cues/responsibility-roles.tsv")) {
            units.add(new UnitLabel(row.field(0), row.notation(1, Role.class)));
        }
        List<Cue> cues = new ArrayList<>();
        for (String[] row : DataFiles.readTable("cues/table-columns.tsv")) {
            if (row.length < 2) {
                throw new IllegalStateException("ontology/cues/table-columns.tsv: want REGEX<TAB>ROLE, got: " + String.join("\t", row));
            }
            cues.add(new Cue(Pattern.compile(row[0].strip()), ColumnRole.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT))));
        }
        return new TableColumns(units, cues);
    }

    /** The role of a column with this header. */
    ColumnRole role(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return ColumnRole.OTHER;
        }
        for (int i = 0; i < unitLabels.size(); i++) {
            if (h.startsWith(unitLabels.get(i))) {
                return unitRoles.get(i);
            }
        }
        for (Cue cue : cues) {
            if (cue.pattern().matcher(h).find()) {
                return cue.role();
            }
        }
        return ColumnRole.OTHER;
    }

    /** The block read as a task table, or empty when its columns are not a task table's. */
    Optional<TaskTable> taskTable(TableBlock block) {
        List<TableBlock.Row> rows = block.rows();
        int headerAt = 0;
        while (headerAt < rows.size() && rows.get(headerAt).spanning()) {
            headerAt++; // a table's title printed across it
        }
        if (headerAt >= rows.size()) {
            return Optional.empty();
        }
        TableBlock.Row header = rows.get(headerAt);
        List<String> headers = header.cells().stream().map(c -> normal(c.text())).toList();
        List<ColumnRole> roles = new ArrayList<>(headers.stream().map(this::role).toList());
        List<TableBlock.Row> body = new ArrayList<>();
        for (TableBlock.Row row : rows.subList(headerAt + 1, rows.size())) {
            boolean repeatedHeader = row.cells().stream().map(c -> normal(c.text())).toList().equals(headers);
            if (!repeatedHeader) {
                body.add(row);
            }
        }
        if (!roles.contains(ColumnRole.TASK)) {
            boolean units = roles.contains(ColumnRole.LEAD) || roles.contains(ColumnRole.RESPONSIBLE);
            if (!units || !roles.contains(ColumnRole.DEADLINE)) {
                return Optional.empty();
            }
            int widest = widestTextColumn(roles, body);
            if (widest < 0) {
                return Optional.empty();
            }
            roles.set(widest, ColumnRole.TASK);
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TaskTable(block, headers, roles, body));
    }

    /** The column of other text whose cells are longest on average, leaving out columns of numbers. */
    private static int widestTextColumn(List<ColumnRole> roles, List<TableBlock.Row> body) {
        int best = -1;
        double bestLength = 0;
        for (int col = 0; col < roles.size(); col++) {
            if (roles.get(col) != ColumnRole.OTHER) {
                continue;
            }
            int total = 0;
            int count = 0;
            boolean text = false;
            for (TableBlock.Row row : body) {
                if (row.spanning() || col >= row.cells().size()) {
                    continue;
                }
                String cell = row.cells().get(col).text();
                total += cell.length();
                count++;
                text |= !NUMBER_ONLY.matcher(cell).matches();
            }
            double average = count == 0 ? 0 : (double) total / count;
            if (text && average > bestLength) {
                best = col;
                bestLength = average;
            }
        }
        return best;
    }

    static String normal(String header) {
        return WHITE_SPACE.matcher(header).replaceAll("");
    }
}
