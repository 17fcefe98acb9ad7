package org.plangraph.segment;

import org.plangraph.model.DateSource;
import org.plangraph.model.DocumentKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.read.SourceText;
import org.plangraph.repair.TextRepairer;

class SegmenterTest {
    private static final String NOTICE_AND_PLAN = String.join("\n",
            "赣州市人民政府办公室关于印发",
            "《赣州市行政执法监督工作方案(2024—2026年)》的通知",
            "赣市府办字〔2024〕7号",
            "各县(市、区)人民政府,市政府各部门:",
            "《赣州市行政执法监督工作方案(2024—2026年)》已经市政府同意,现印发给你们,请认真贯彻执行。",
            "赣州市人民政府办公室",
            "2024年3月8日",
            "赣州市行政执法监督工作方案",
            "(2024—2026年)",
            "为加强行政执法监督,制定本方案。",
            "一、总体要求",
            "(一)指导思想。坚持依法行政。",
            "(二)工作目标。到2026年,执法监督全覆盖。",
            "二、重点任务",
            "(一)规范执法行为",
            "1.落实三项制度。全面落实行政执法公示制度。(责任单位:市司法局)",
            "2.加强案卷评查高质量开展执法案卷评查工作,定期通报评查结果,推动执法质量持续提升,确保行政执法案卷规范完整。",
            "(二)强化监督",
            "3.开展专项监督。每年至少开展1次专项监督。",
            "三、工作要求",
            "各地要加强组织领导。");

    private ParsedFile segment(String text) {
        return Segmenter.standard().segment(TextRepairer.standard().repair(new SourceText("t.txt", "0", org.plangraph.read.SourceFormat.PLAIN_TEXT, "test", "UTF-8", text, org.plangraph.read.PageMetadata.NONE)));
    }

    @Test
    void splitsANoticeFromThePlanItIssues() {
        List<Document> docs = segment(NOTICE_AND_PLAN).documents();
        assertEquals(2, docs.size());
        Document notice = docs.get(0);
        Document plan = docs.get(1);
        assertEquals(DocumentKind.NOTICE, notice.kind());
        assertEquals("赣州市人民政府办公室关于印发赣州市行政执法监督工作方案(2024—2026年)的通知", notice.title());
        assertEquals(List.of("2"), notice.transmits());
        assertEquals(DocumentKind.IMPLEMENTATION_PLAN, plan.kind());
        assertEquals("赣州市行政执法监督工作方案(2024—2026年)", plan.title());
    }

    @Test
    void readsNoticeMetadata() {
        Document notice = segment(NOTICE_AND_PLAN).documents().get(0);
        assertEquals("2024-03-08", notice.date());
        assertEquals(DateSource.SIGNED, notice.dateSource());
        assertEquals("赣市府办字〔2024〕7号", notice.docNumber());
        assertEquals(List.of("赣州市人民政府办公室"), notice.issuers().stream().map(u -> u.name()).toList());
        assertEquals("赣州市", notice.jurisdiction());
        assertEquals("江西省", notice.province());
        assertEquals(List.of("各县(市、区)人民政府", "市政府各部门"), notice.recipients().stream().map(u -> u.name()).toList());
    }

    @Test
    void aPlanIssuedByANoticeTakesItsIssuersAndDate() {
        Document plan = segment(NOTICE_AND_PLAN).documents().get(1);
        assertEquals("2024-03-08", plan.date());
        assertEquals(DateSource.INHERITED, plan.dateSource());
        assertEquals("赣州市人民政府办公室", plan.issuers().get(0).name());
        assertEquals(2024, plan.periodStart());
        assertEquals(2026, plan.periodEnd());
    }

    @Test
    void measuresAreTheSmallestNumberedItemsOutsideGoalsAndPrinciples() {
        Document plan = segment(NOTICE_AND_PLAN).documents().get(1);
        assertEquals(List.of("二/(一)/1", "二/(一)/2", "二/(二)/3", "三"),
                plan.measures().stream().map(Provision::path).toList());
    }

    @Test
    void headingEndsAtItsFullStopOrBeforeTheBodyItRunsInto() {
        List<Provision> measures = segment(NOTICE_AND_PLAN).documents().get(1).measures();
        assertEquals("落实三项制度", measures.get(0).heading());
        assertEquals("加强案卷评查", measures.get(1).heading());
        assertEquals("全面落实行政执法公示制度。(责任单位:市司法局)", measures.get(0).body().text());
    }

    @Test
    void spansGiveTheTextAsPrinted() {
        String traditional = "工作方案\n一、規範執法\n1.落實制度。全面落實公示制度。";
        Document d = segment(traditional).documents().get(0);
        Provision m = d.measures().get(0);
        assertEquals("1.落实制度。全面落实公示制度。", m.text().text());
        assertEquals("1.落實制度。全面落實公示制度。", m.text().asRead());
        assertEquals(traditional.indexOf("1.落實"), m.text().start());
        assertEquals(traditional.length(), m.text().end());
    }

    @Test
    void readsEveryNumberingStyleIntoPaths() {
        String text = String.join("\n", "工作要点", "第一章 职能", "第一条 明确职能。", "第二章 任务",
                "第二条 推进立法。", "(1)编制计划。", "(2)开展评估。", "第三条 加强执法。");
        Document d = segment(text).documents().get(0);
        assertEquals(List.of("第一章/第一条", "第二章/第二条/(1)", "第二章/第二条/(2)", "第二章/第三条"),
                d.measures().stream().map(Provision::path).toList());
    }

    @Test
    void aReportsMeasuresAreOnlyItsPlansForNextYear() {
        String report = String.join("\n", "中共某某市委、某某市人民政府:", "现将有关情况报告如下。",
                "一、2023年度推进法治政府建设的主要举措和成效", "(一)加强领导。审结案件43件。",
                "二、存在的问题", "(一)认识不足。", "三、2024年度推进法治政府建设的主要打算", "(一)深化改革。持续推进。",
                "(二)规范执法。严格执法。");
        Document d = segment(report).documents().get(0);
        assertEquals(DocumentKind.ANNUAL_REPORT, d.kind());
        assertEquals(org.plangraph.model.TitleSource.INFERRED, d.titleSource());
        assertTrue(d.title().endsWith("2023年法治政府建设年度报告"), d.title());
        assertEquals(List.of("三/(一)", "三/(二)"), d.measures().stream().map(Provision::path).toList());
    }

    @Test
    void aDocumentWithNoNumberedItemsHasNoMeasures() {
        Document d = segment("关于做好节日值班工作的通知\n各单位:\n请做好值班工作。\n某某县人民政府办公室\n2024年1月2日").documents().get(0);
        assertEquals(DocumentKind.NOTICE, d.kind());
        assertTrue(d.provisions().isEmpty());
        assertEquals("2024-01-02", d.date());
    }

    @Test
    void aMaskedJurisdictionStaysUnknown() {
        Document d = segment("行政工作计划通知\n现就20**年全市依法行政工作安排如下:\n一、推进立法\n(一)完善**市立法制度。").documents().get(0);
        assertEquals(DocumentKind.WORK_PLAN, d.kind());
        assertNull(d.jurisdiction());
        assertEquals("**市人民政府", d.issuers().get(0).name());
        assertFalse(d.recipients().stream().anyMatch(u -> u.name().contains("安排")));
    }

    @Test
    void pointsInsideAnItemAreItsPartsNotMeasures() {
        Document d = segment("工作安排\n一、加强执法\n(一)规范执法。一是完善程序,二是推行公示。三是加强培训。\n(二)强化监督。开展评查。").documents().get(0);
        Provision first = d.measures().get(0);
        assertEquals(List.of("一/(一)", "一/(二)"), d.measures().stream().map(Provision::path).toList());
        assertEquals(List.of("一是", "二是", "三是"), first.points().stream().map(p -> p.label()).toList());
        assertEquals("二是推行公示。", first.points().get(1).text().text());
        assertTrue(d.measures().get(1).points().isEmpty());
    }

    @Test
    void generalAndSupplementaryProvisionsHoldNoMeasures() {
        String text = String.join("\n", "县行政执法监督办法", "第一章 总则", "第一条 为规范执法,制定本办法。", "第二章 监督",
                "第二条 县司法局每年开展执法检查。", "第三章 附则", "第三条 本办法自2024年1月1日起施行。");
        assertEquals(List.of("第二章/第二条"), segment(text).documents().get(0).measures().stream().map(Provision::path).toList());
    }

    @Test
    void aCountyNamedAtTheStartOfTheTitleIsTheJurisdiction() {
        Document d = segment("会昌县2024年法治政府建设工作要点\n一、任务\n(一)规范执法。落实赣州市部署。").documents().get(0);
        assertEquals("会昌县", d.jurisdiction());
        assertEquals("江西省", d.province());
        assertEquals("会昌县人民政府", d.issuers().get(0).name());
    }

    @Test
    void aClosingSignatureIsNoPartOfTheLastMeasure() {
        Document d = segment("某某县司法局2024年工作要点\n一、任务\n(一)深化普法。建成法治文化公园2个。\n某某县司法局\n2024年1月15日").documents().get(0);
        assertEquals("(一)深化普法。建成法治文化公园2个。", d.measures().get(0).text().text());
        assertEquals("2024-01-15", d.date());
    }

    @Test
    void aOneLineItemsNoteIsNoPartOfItsHeading() {
        Document d = segment("工作要点\n一、任务\n1.推进证明事项告知承诺制(责任单位:市司法局)").documents().get(0);
        assertEquals("推进证明事项告知承诺制", d.measures().get(0).heading());
    }
}
