package org.plangraph.extract;

import org.plangraph.model.DocumentKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.model.ReportedFigure;
import org.plangraph.pipeline.Pipeline;

/** A report's table of figures gives each number with its row and column headers as the indicator. */
class FigureTablesTest {
    private static Document report(String... body) throws Exception {
        String text = "某市2023年法治政府建设年度报告\n" + String.join("\n", body) + "\n";
        return Pipeline.standard().parse("report.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0);
    }

    private static ReportedFigure figure(Document d, String indicator) {
        return d.figures().stream().filter(f -> indicator.equals(f.indicator())).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not in " + d.figures().stream().map(ReportedFigure::indicator).toList()));
    }

    @Test
    void aHeaderOfIndicatorsOverRowsOfNumbersGivesAFigurePerCell() throws Exception {
        Document d = report(
                "一、主要举措和成效",
                "全年共办理行政复议案件如下表。",
                "类别\t受理数(件)\t办结数(件)",
                "行政复议\t44\t40",
                "行政应诉\t12\t10",
                "二、2024年工作安排",
                "(一)深化行政复议改革。");
        assertEquals(DocumentKind.ANNUAL_REPORT, d.kind());
        ReportedFigure accepted = figure(d, "行政复议受理数");
        assertEquals(44, accepted.value().intValue());
        assertEquals("件", accepted.unit());
        assertEquals(2023, accepted.year());
        assertEquals("44", accepted.span().text());
        assertEquals(10, figure(d, "行政应诉办结数").value().intValue());
        assertEquals(4, d.figures().size(), d.figures().toString());
    }

    @Test
    void aCategoryRowOverRowsOfCountAndShareNamesTheirIndicator() throws Exception {
        Document d = report(
                "一、主要举措和成效",
                "项目\t数值",
                "行政执法案卷评查",
                "数量\t120",
                "比例\t95%",
                "二、2024年工作安排",
                "(一)深化行政复议改革。");
        assertEquals(120, figure(d, "行政执法案卷评查数量").value().intValue());
        ReportedFigure share = figure(d, "行政执法案卷评查比例");
        assertEquals("%", share.unit());
        assertTrue(share.value().intValue() == 95);
        assertEquals(List.of("行政执法案卷评查数量", "行政执法案卷评查比例"), d.figures().stream().map(ReportedFigure::indicator).toList());
    }
}
