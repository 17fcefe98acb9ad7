package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.Comparator;
import org.plangraph.model.Document;
import org.plangraph.model.Target;

/** The forms of targets plans word their commitments in, on text written for the test. */
class TargetFormsTest {
    private static Target only(List<Target> ts, String text) {
        List<Target> found = ts.stream().filter(t -> t.text().contains(text)).toList();
        assertEquals(1, found.size(), text + " in " + ts);
        return found.get(0);
    }

    private static void assertAmount(Target t, Comparator comparator, String value, String unitAsPrinted) {
        assertEquals(comparator, t.amount().comparator(), t.text());
        assertEquals(0, new BigDecimal(value).compareTo(t.amount().value()), t.text());
        assertEquals(unitAsPrinted, t.amount().unitAsPrinted(), t.text());
    }

    private static List<Target> targetsOf(String measureBody) {
        return Fixtures.measureTargets(Fixtures.only("宁州市数字经济行动方案\n一、重点任务\n1.推进建设。" + measureBody + "\n"));
    }

    @Test
    void aboutAValueIsNeitherAFloorNorExact() {
        assertAmount(only(targetsOf("每年认定10家左右示范园区。"), "10家左右"), Comparator.ABOUT, "10", "家");
        assertAmount(only(targetsOf("机架规模年均增速保持在20%左右。"), "20%左右"), Comparator.ABOUT, "20", "%");
    }

    @Test
    void scaledCountsKeepTheirUnitAsPrinted() {
        assertAmount(only(targetsOf("到2023年，建成4万个以上5G基站。"), "4万个"), Comparator.AT_LEAST, "4", "万个");
        assertAmount(only(targetsOf("每年面向1万名专业技术人才开展培训。"), "1万名"), Comparator.EXACTLY, "1", "万名");
        assertAmount(only(targetsOf("实现标识注册总量突破5亿。"), "5亿"), Comparator.MORE_THAN, "5", "亿");
        assertEquals("万个", only(targetsOf("建成4万个以上5G基站。"), "4万个").amount().unit());
    }

    @Test
    void aPlaceInARankingIsAtMostItsNumber() {
        Target t = only(targetsOf("到2023年，服务器产销量稳居全球前三。"), "前三");
        assertAmount(t, Comparator.AT_MOST, "3", "名");
        assertEquals("名次", t.amount().unit());
        assertEquals("2023", t.deadline().lexical());
    }

    @Test
    void aScaleWordIsAnAmountOfMoney() {
        assertAmount(only(targetsOf("到2025年，数字经济产业能级达到万亿级。"), "万亿级"), Comparator.AT_LEAST, "1", "万亿元");
        assertAmount(only(targetsOf("产业规模达到7000亿级。"), "7000亿级"), Comparator.AT_LEAST, "7000", "亿元");
    }

    @Test
    void yearsAfterAComparatorAreATimeLimit() {
        assertAmount(only(targetsOf("单个项目贴息期不超过3年。"), "3年"), Comparator.AT_MOST, "3", "年");
        assertTrue(targetsOf("近3年来成效明显。").stream().noneMatch(t -> t.amount() != null));
    }

    @Test
    void aNoteInFullWidthBracketsIsNoPartOfATarget() {
        List<Target> ts = targetsOf("审查率达到100%（牵头单位：市司法局；责任单位：市直各部门）。");
        assertAmount(only(ts, "审查率"), Comparator.AT_LEAST, "100", "%");
        assertTrue(ts.stream().noneMatch(t -> t.text().contains("司法局") || t.indicator() != null && t.indicator().contains("司法局")), ts.toString());
    }

    @Test
    void aNotesTimeLimitFieldIsTheTasksDeadline() {
        List<Target> ts = targetsOf("清理规范性文件。(责任单位:市直各部门,完成时限:2024年12月底前)");
        assertTrue(ts.stream().anyMatch(t -> t.deadline() != null && t.deadline().lexical().equals("2024-12-31")), ts.toString());
    }

    @Test
    void aDeadlineGovernsTheRestOfItsParagraph() {
        Target later = only(targetsOf("到2023年，建成10个园区。培育30家以上领军企业。"), "30家");
        assertEquals("2023", later.deadline().lexical());
    }

    @Test
    void aBoxInAMeasureGivesTheDocumentsTargetsNotTheMeasures() {
        Document d = Fixtures.only("宁州市工业互联网行动计划\n一、重点任务\n1.推进外网建设。加快网络建设。(责任单位:市通信管理局)\n"
                + "专栏1  网络互联互通工程\n每年遴选20家网络改造应用良好的企业。\n2.推进内网改造。支持企业改造内网。(责任单位:市工信局)\n");
        assertTrue(Fixtures.measureTargets(d).stream().noneMatch(t -> t.text().contains("20家")), Fixtures.measureTargets(d).toString());
        assertAmount(only(d.targets(), "20家"), Comparator.EXACTLY, "20", "家");
    }

    @Test
    void theLeadInsDateGovernsEveryGoalListedAfterIt() {
        Document d = Fixtures.only("宁州市工业互联网行动计划\n一、总体要求\n（一）发展目标\n到2023年，工业互联网建设量质并进。\n"
                + "--平台建设长足进步。培育3家综合型平台。\n--安全保障水平明显提升。基本建成全市安全保障体系。\n"
                + "二、重点任务\n1.建设平台。支持企业建设平台。(责任单位:市工信局)\n");
        assertEquals("2023", only(d.targets(), "3家").deadline().lexical());
        Target system = only(d.targets(), "基本建成全市安全保障体系");
        assertNull(system.amount());
        assertEquals("2023", system.deadline().lexical());
        assertTrue(d.targets().stream().noneMatch(t -> t.text().contains("平台建设长足进步")), d.targets().toString());
    }

    @Test
    void aSectionsLeadInDeadlineGovernsItsMeasuresThatNameNone() {
        Document d = Fixtures.only("宁州市法治政府建设实施方案\n一、重点任务\n（一）深化行政审批制度改革。2019年底前，全面完成清理工作。\n"
                + "1.精简事项。取消审批事项20项。（责任单位：市审批局）\n2.规范流程。2020年6月底前公布清单10份。（责任单位：市司法局）\n");
        List<Target> ts = Fixtures.measureTargets(d);
        assertEquals("2019-12-31", only(ts, "20项").deadline().lexical());
        assertEquals("2020-06-30", only(ts, "10份").deadline().lexical());
    }

    @Test
    void subjectsSharingOneNumberThroughJunAreOneTargetEach() {
        List<Target> ts = targetsOf("数字产业化和产业数字化产业规模均达到7000亿级。");
        assertEquals(2, ts.stream().filter(t -> t.text().contains("7000亿级")).count(), ts.toString());
    }

    @Test
    void aNumberThatStatesWhomAMeasureServesIsNoTarget() {
        List<Target> ts = targetsOf("到2023年，培育5个以上收入过200亿元的软件产业集群。对实际完成投资1000万元及以上的企业，给予奖补。");
        assertTrue(ts.stream().noneMatch(t -> t.text().contains("200亿元") || t.text().contains("1000万元")), ts.toString());
        assertAmount(only(ts, "5个以上"), Comparator.AT_LEAST, "5", "个");
    }

    @Test
    void aYearlyDutyBesideANumberIsATargetOfItsOwn() {
        List<Target> ts = targetsOf("每年支持一批网络改造应用良好的企业，省级给予一次性奖补100万元。");
        Target duty = only(ts, "每年支持一批");
        assertNull(duty.amount());
        assertEquals("per-year", duty.frequency().notation());
    }
}
