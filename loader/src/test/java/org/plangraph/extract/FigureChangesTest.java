package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.Change;
import org.plangraph.model.FigureQualifier;
import org.plangraph.model.ReportedFigure;

/** A report's changes from a base period are changes, signed, of what they change; not levels named 同比增长. */
class FigureChangesTest {
    private static final String REPORT = """
            宁州市司法局2023年法治政府建设年度报告
            一、主要举措和成效
            全年共受理行政复议案件1,250件，同比增长12.1%；行政复议纠错率下降3.5个百分点。新增备案审查文件20件，比上年增加8件。办理案件2件左右。
            二、存在的问题
            队伍建设有待加强。
            """;

    private static ReportedFigure figure(String value, String unit) {
        List<ReportedFigure> figures = Fixtures.only(REPORT).figures();
        return figures.stream().filter(f -> f.value().compareTo(new BigDecimal(value)) == 0 && unit.equals(f.unitAsPrinted()))
                .findFirst().orElseThrow(() -> new AssertionError(value + unit + " in " + figures));
    }

    @Test
    void aLevelIsNoChange() {
        ReportedFigure cases = figure("1250", "件");
        assertNull(cases.change());
        assertEquals("全年共受理行政复议案件", cases.indicator());
    }

    @Test
    void aRiseOnTheSamePeriodIsAChangeOfWhatTheSentenceCounted() {
        ReportedFigure rise = figure("12.1", "%");
        assertEquals(new Change(Change.Direction.INCREASE, "同比"), rise.change());
        assertEquals("全年共受理行政复议案件", rise.indicator());
    }

    @Test
    void aFallIsNegativeAndNamedByTheWordsBeforeIt() {
        ReportedFigure fall = figure("-3.5", "个百分点");
        assertEquals(Change.Direction.DECREASE, fall.change().direction());
        assertNull(fall.change().basePeriod());
        assertEquals("行政复议纠错率", fall.indicator());
    }

    @Test
    void aRiseOnLastYearKeepsItsBasePeriod() {
        ReportedFigure more = figure("8", "件");
        assertEquals(new Change(Change.Direction.INCREASE, "比上年"), more.change());
        assertEquals("新增备案审查文件", more.indicator());
    }

    @Test
    void aboutAValueIsApproximate() {
        assertEquals(FigureQualifier.APPROX, figure("2", "件").qualifier());
    }
}
