package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;
import org.plangraph.testing.EmittedGraphs;

/**
 * A deadline written as a year, a month or a date has pg:dueBy, the last day it allows, and
 * targets-due filters and sorts by it: 2024-09-30 before 2024-12-31, a 2025 deadline not due in 2024,
 * a recurring yearly day not counted as due. The targets query still gives deadlines as written.
 */
class DeadlinesCompareAsTheLastDayTheyAllowTest {
    @TempDir
    Path tmp;

    @Test
    void lastDayAllowedOfEachFormOfDeadline() {
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), org.plangraph.model.Deadline.parse("2025").lastDayAllowed());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), org.plangraph.model.Deadline.parse("2024-06").lastDayAllowed());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), org.plangraph.model.Deadline.parse("2024-02").lastDayAllowed());
        assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), org.plangraph.model.Deadline.parse("2024-09-30").lastDayAllowed());
        assertEquals(Optional.empty(), org.plangraph.model.Deadline.parse("--03-01").lastDayAllowed());
    }

    @Test
    void targetsDueSortsAndFiltersByTheLastDay() throws Exception {
        Path plan = tmp.resolve("plan.txt");
        Files.writeString(plan, """
                鹰潭市法治政府建设工作方案
                一、主要任务
                1.规范行政决策。2024年底前重大行政决策合法性审查率达到100%。
                2.加强执法监督。2024年9月底前完成执法案卷评查20件。
                3.推进政务公开。到2025年政务公开事项达到100项。
                4.报送年度报告。每年3月1日前报送上一年度法治政府建设情况报告。
                鹰潭市人民政府
                2024年1月6日
                """, StandardCharsets.UTF_8);
        var dataset = DatasetFactory.create(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                EmittedGraphs.ofFiles(List.of(plan)).getUnionGraph()));
        NamedQuery due = QueryCatalog.standard().get("targets-due").orElseThrow();
        List<String> deadlines = column(new QueryRunner(dataset).select(due, QueryRunner.bind(due, Map.of("year", "2024"))), "deadline");
        assertEquals(List.of("2024-09-30", "2024-12-31"), deadlines.stream().distinct().toList());

        NamedQuery targets = QueryCatalog.standard().get("targets").orElseThrow();
        List<String> written = column(new QueryRunner(dataset).select(targets, Map.of()), "deadline");
        assertEquals(List.of("2024-12-31", "2024-09-30", "2025", "--03-01"), written.stream().filter(d -> !d.isEmpty()).distinct().toList());
    }

    private static List<String> column(ResultSetRewindable rs, String name) {
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.contains(name) ? s.getLiteral(name).getLexicalForm() : "");
        }
        return out;
    }
}
