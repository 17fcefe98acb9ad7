package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.Document;
import org.plangraph.model.Target;

class TargetExtractorTest {
    private static final String PLAN = """
            九江市依法行政工作方案
            一、工作目标
            到2025年，全市依法行政水平明显提升，力争创成全省法治政府建设示范市，3-4个县(市、区)建成示范县。
            二、主要任务
            1.规范行政决策。重大行政决策合法性审查率达到100%，群众满意率达90%以上。
            2.加强文件管理。行政规范性文件的报备率、报备及时率均达到100%，在文件公布后10日内报送备案。
            3.提升执法水平。各县(市、区)每年至少开展2次执法案卷评查，每季度举办1期执法培训，执法人员每年培训时间不少于40小时。
            4.推进政务公开。2024年底前建成全市统一的政府信息公开平台。重大突发事件发生后最迟在5小时内发布权威信息。
            5.开展示范创建。力争到2026年，全市4个项目获得省级示范项目命名。
            6.强化督查。每年2月底前，各县(市、区)政府报告上一年度依法行政情况。每年对各县(市、区)开展考核评价。
            7.加强培训。各部门每年至少举办一期法治讲座，认真组织开展12月4日国家宪法日宣传活动。
            九江市人民政府
            2024年3月1日
            """;

    private static Document doc() {
        return Fixtures.only(PLAN);
    }

    private static Target withText(List<Target> ts, String start) {
        return ts.stream().filter(t -> t.text().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no target with " + start + " in " + ts.stream().map(Target::text).toList()));
    }

    private static String due(Target t) {
        return t.deadline() == null ? null : t.deadline().lexical();
    }

    private static String frequency(Target t) {
        return t.frequency() == null ? null : t.frequency().notation();
    }

    private static String comparator(Target t) {
        return t.amount() == null ? null : t.amount().comparator().symbol();
    }

    private static BigDecimal value(Target t) {
        return t.amount() == null ? null : t.amount().value();
    }

    private static String unit(Target t) {
        return t.amount() == null ? null : t.amount().unitAsPrinted();
    }

    private static void assertTarget(Target t, String comparator, int value, String unit) {
        assertEquals(comparator, comparator(t), t.text());
        assertEquals(0, new BigDecimal(value).compareTo(value(t)), t.text());
        assertEquals(unit, unit(t), t.text());
    }

    @Test
    void goalsUnderGeneralRequirementsAreTheDocumentsTargets() {
        Document d = Fixtures.only("宁州市法治政府建设实施方案\n一、总体要求\n坚持依法行政。到2025年，行政复议案件纠错率达到10%以上。\n"
                + "二、主要任务\n（一）规范执法。全面推行公示制度。（责任单位：市司法局）\n");
        assertTrue(d.targets().stream().anyMatch(t -> t.text().contains("纠错率达到10%") && "2025-12-31".equals(due(t))
                || t.text().contains("纠错率达到10%") && "2025".equals(due(t))), d.targets().toString());
    }

    @Test
    void aYearNoCalendarHasIsNoDeadline() {
        // a data set's garbled year (0403年底前 for 2023年底前) must not become a deadline in the year 403
        Document d = Fixtures.only("宁州市数字化行动方案\n一、重点任务\n1.建设平台。0403年底前建设完成省级养老服务平台。2025年底前全面推广。（责任单位：市民政局）\n");
        List<Target> ts = Fixtures.measureTargets(d);
        assertTrue(ts.stream().noneMatch(t -> due(t) != null && due(t).startsWith("04")), ts.toString());
        assertTrue(ts.stream().anyMatch(t -> "2025-12-31".equals(due(t))), ts.toString());
    }

    @Test
    void rateReachingAValueIsAFloor() {
        assertTarget(withText(Fixtures.measureTargets(doc()), "审查率达到100%"), ">=", 100, "%");
        assertTarget(withText(Fixtures.measureTargets(doc()), "满意率达90%以上"), ">=", 90, "%");
    }

    @Test
    void severalRatesSharingOneNumberAreOneTargetEach() {
        long n = Fixtures.measureTargets(doc()).stream().filter(t -> t.text().contains("报备及时率均达到100%")).count();
        assertEquals(2, n);
    }

    @Test
    void timeLimitWithinIsACeiling() {
        assertTarget(withText(Fixtures.measureTargets(doc()), "10日内"), "<=", 10, "日");
        assertTarget(withText(Fixtures.measureTargets(doc()), "5小时内"), "<=", 5, "小时");
    }

    @Test
    void frequencyTakesTheNearestFrequencyWord() {
        Target atLeastTwice = withText(Fixtures.measureTargets(doc()), "至少开展2次");
        assertTarget(atLeastTwice, ">=", 2, "次");
        assertEquals("per-year", frequency(atLeastTwice));
        Target quarterly = withText(Fixtures.measureTargets(doc()), "举办1期");
        assertEquals("per-quarter", frequency(quarterly));
        assertTarget(withText(Fixtures.measureTargets(doc()), "不少于40小时"), ">=", 40, "小时");
    }

    @Test
    void chineseNumeralAfterAtLeastIsACount() {
        assertTarget(withText(Fixtures.measureTargets(doc()), "至少举办一期"), ">=", 1, "期");
    }

    @Test
    void calendarDateIsNotATarget() {
        assertTrue(Fixtures.measureTargets(doc()).stream().noneMatch(t -> t.text().contains("12月4日")));
    }

    @Test
    void deadlineGoverningTheSentenceAppliesToItsCount() {
        Target t = withText(Fixtures.measureTargets(doc()), "4个");
        assertTarget(t, "=", 4, "个");
        assertEquals("2026", due(t));
    }

    @Test
    void yearEndDeadlineWithoutNumberIsATargetOfItsOwn() {
        Target t = withText(Fixtures.measureTargets(doc()), "2024年底前建成");
        assertNull(value(t));
        assertNull(comparator(t));
        assertEquals("2024-12-31", due(t));
    }

    @Test
    void yearlyDeadlineIsAMonthDayRecurringEveryYear() {
        Target t = withText(Fixtures.measureTargets(doc()), "每年2月底前");
        assertEquals("--02-28", due(t));
        assertEquals("per-year", frequency(t));
    }

    @Test
    void aMonthDayWithoutEveryYearFallsInTheYearAOneYearPlanCovers() {
        Document plan = Fixtures.only("""
                九江市2024年依法行政工作要点
                一、主要任务
                (一)公布清单。6月底前公布全市行政执法减免责清单。
                (二)编制报告。政府信息公开年度报告于每年1月31日前向社会公布。
                """);
        Target once = withText(Fixtures.measureTargets(plan), "6月底前");
        assertEquals("2024-06-30", due(once));
        assertEquals(null, frequency(once));
        Target yearly = withText(Fixtures.measureTargets(plan), "每年1月31日前");
        assertEquals("--01-31", due(yearly));
        assertEquals("per-year", frequency(yearly));
    }

    @Test
    void yearlyDutyWithoutNumberIsAFrequencyTarget() {
        Target t = withText(Fixtures.measureTargets(doc()), "每年对各县");
        assertNull(value(t));
        assertNull(due(t));
        assertEquals("per-year", frequency(t));
    }

    @Test
    void goalsAttachToTheDocument() {
        List<Target> goals = doc().targets();
        Target range = withText(goals, "3-4个");
        assertTarget(range, ">=", 3, "个");
        assertEquals("2025", due(range));
        assertTrue(goals.stream().anyMatch(t -> value(t) == null && "2025".equals(due(t)) && t.text().startsWith("力争")));
        assertTrue(goals.stream().allMatch(t -> "2025".equals(due(t))));
    }

    @Test
    void yearEndAndMonthDeadlinesInTheirCommonSpellings() {
        Document plan = Fixtures.only("""
                九江市依法行政工作方案(2024—2025年)
                一、主要任务
                (一)清理文件。2024年年底前完成全部清理。
                (二)建设平台。2025年6月前完成平台建设。
                """);
        assertEquals("2024-12-31", due(withText(Fixtures.measureTargets(plan), "年底前")));
        assertEquals("2025-06-01", due(withText(Fixtures.measureTargets(plan), "6月前")));
    }

    @Test
    void theNumberingLabelIsNoPartOfATarget() {
        Document plan = Fixtures.only("""
                九江市依法行政工作方案
                一、主要任务
                (3)重大执法决定法制审核率达到100%。
                """);
        Target t = withText(Fixtures.measureTargets(plan), "审核率");
        assertEquals("重大执法决定法制审核率", t.indicator());
    }
}
