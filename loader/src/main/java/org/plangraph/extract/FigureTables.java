package org.plangraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.model.FigureQualifier;
import org.plangraph.model.ReportedFigure;
import org.plangraph.repair.SpanFactory;
import org.plangraph.segment.Tables;

/**
 * Reads the figures of a report's table: a header row of indicators over rows of numbers, a category
 * row over rows such as 数量 and 比例. Each number is a figure whose indicator is its category, its
 * row's header and, where the table has several columns of numbers, its column's header.
 */
final class FigureTables {
    /** A number with at most a short unit: 44, 95%, 3.5万元, 12件. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(%|[\\p{IsHan}]{1,2})?$");
    /** A unit printed in a header's brackets: 数量(件), 金额(万元). */
    private static final Pattern HEADER_UNIT = Pattern.compile("\\(([^()]{1,4})\\)$");

    private FigureTables() {
    }

    /** True if at least half the cells after the first column of the rows under the header are numbers. */
    static boolean figureTable(Tables.Grid grid) {
        int numbers = 0;
        int cells = 0;
        for (List<Tables.Cell> row : grid.rows().subList(1, grid.rows().size())) {
            for (Tables.Cell cell : row.subList(Math.min(1, row.size()), row.size())) {
                if (!cell.text().isEmpty()) {
                    cells++;
                    numbers += NUMBER.matcher(cell.text()).matches() ? 1 : 0;
                }
            }
        }
        return cells > 0 && numbers * 2 >= cells;
    }

    static List<ReportedFigure> figures(Tables.Grid grid, SpanFactory spans, Integer year) {
        List<ReportedFigure> out = new ArrayList<>();
        List<Tables.Cell> header = grid.rows().get(0);
        int valueColumns = (int) java.util.stream.IntStream.range(1, header.size())
                .filter(col -> grid.rows().stream().skip(1).anyMatch(r -> col < r.size() && NUMBER.matcher(r.get(col).text()).matches()))
                .count();
        String category = "";
        for (List<Tables.Cell> row : grid.rows().subList(1, grid.rows().size())) {
            if (row.size() == 1) {
                category = row.get(0).text();
                continue;
            }
            String rowHeader = row.get(0).text();
            for (int col = 1; col < row.size(); col++) {
                Matcher m = NUMBER.matcher(row.get(col).text());
                if (!m.matches()) {
                    continue;
                }
                String columnHeader = col < header.size() ? header.get(col).text() : "";
                Matcher headerUnit = HEADER_UNIT.matcher(columnHeader);
                String unit = m.group(2) != null ? m.group(2) : headerUnit.find() ? headerUnit.group(1) : null;
                String columnName = HEADER_UNIT.matcher(columnHeader).replaceAll("");
                String indicator = category + rowHeader + (valueColumns > 1 ? columnName : "");
                Tables.Cell cell = row.get(col);
                out.add(new ReportedFigure(rowHeader + columnName + cell.text(), indicator.isEmpty() ? null : indicator,
                        new BigDecimal(m.group(1)), unit, unit, FigureQualifier.EXACT, null, year, spans.span(cell.start(), cell.end())));
            }
        }
        return out;
    }
}
