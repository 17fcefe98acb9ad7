package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.Fixtures;
import org.plangraph.model.ReportedFigure;

class FigureExtractorTest {
    private static final String REPORT = """
            上饶市2023年法治政府建设年度报告
            中共江西省委、江西省人民政府：
            2023年，我市法治政府建设工作取得新成效，现将有关情况报告如下。
            一、主要举措和成效
            (一)强化行政复议。全年共收到行政复议申请62件，依法受理57件，已审结51件。
            (二)深化普法宣传。开展送法下乡活动300余次，约1500人次参加，近800名干部参加考试，刑事案件7类19件，国家工作人员学法考试参考率及合格率均超95%，配备“法治大篷车”两辆。
            二、存在的问题
            一是基层力量不足，仍有3个乡镇未配备法治员。
            三、2024年工作安排
            (一)加强队伍建设。每年组织2次培训。
            上饶市人民政府
            2024年2月20日
            """;

    private static List<ReportedFigure> figures() {
        return Fixtures.only(REPORT).figures();
    }

    private static ReportedFigure figure(int value, String unit) {
        return figures().stream().filter(f -> f.value().compareTo(new BigDecimal(value)) == 0 && f.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + unit + " in " + figures().stream().map(ReportedFigure::text).toList()));
    }

    @Test
    void oneSentenceWithThreeNumbersIsThreeFigures() {
        assertEquals("exact", figure(62, "件").qualifier().notation());
        assertEquals("exact", figure(57, "件").qualifier().notation());
        assertEquals("exact", figure(51, "件").qualifier().notation());
        assertEquals(2023, figure(57, "件").year());
    }

    @Test
    void thousandsSeparatorsAndArchiveUnitsAreRead() {
        Document report = Fixtures.only("宁州市档案局2024年工作情况报告\n一、主要举措和成效\n（一）档案整理。全年整理档案1200余卷，接收进馆档案3,150件，办结土地出让12宗。\n"
                + "二、2025年工作安排\n（一）推进数字化。完成档案数字化2万卷。（责任单位：市档案馆）\n");
        List<ReportedFigure> figures = report.figures();
        assertTrue(figures.stream().anyMatch(f -> f.value().intValue() == 3150 && "件".equals(f.unit())), figures.toString());
        assertTrue(figures.stream().anyMatch(f -> f.value().intValue() == 1200 && "卷".equals(f.unit()) && "more-than".equals(f.qualifier().notation())),
                figures.toString());
        assertTrue(figures.stream().anyMatch(f -> f.value().intValue() == 12 && "宗".equals(f.unit())), figures.toString());
    }

    @Test
    void qualifiersFollowYuYueAndJin() {
        assertEquals("more-than", figure(300, "次").qualifier().notation());
        assertEquals("approx", figure(1500, "人次").qualifier().notation());
        assertEquals("approx", figure(800, "名").qualifier().notation());
        assertEquals("more-than", figure(95, "%").qualifier().notation());
    }

    @Test
    void compoundCountIsTwoFigures() {
        figure(7, "类");
        figure(19, "件");
    }

    @Test
    void ratesSharingOneNumberAreOneFigureEach() {
        assertEquals(2, figures().stream().filter(f -> f.unit().equals("%")).count());
    }

    @Test
    void chineseNumeralCountIsAFigure() {
        figure(2, "辆");
    }

    @Test
    void problemsAndPlansHoldNoFigures() {
        assertTrue(figures().stream().noneMatch(f -> f.text().contains("乡镇未配备") || f.text().contains("组织2次")));
    }
}
