package org.plangraph.segment;

import org.plangraph.model.DateSource;
import org.plangraph.model.DocumentKind;
import org.plangraph.model.IssuerSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.model.TitleSource;
import org.plangraph.read.PageMetadata;
import org.plangraph.read.SourceFormat;
import org.plangraph.read.SourceText;
import org.plangraph.repair.TextRepairer;

/** Titles, issuers, dates and numbers wherever publishers put them, and the documents a notice issues. */
class FrontMatterIsFoundWhereverItStandsTest {
    private static ParsedFile segment(String text) {
        return segment(text, PageMetadata.NONE);
    }

    private static ParsedFile segment(String text, PageMetadata page) {
        SourceText source = new SourceText("t.txt", "0", SourceFormat.PLAIN_TEXT, "test", "UTF-8", text, page);
        return Segmenter.standard().segment(TextRepairer.standard().repair(source));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void theTitleComesAfterDatabaseChromeAndIsNotTakenTwiceWhenTheDatabasePrintsItsOwnCopy() {
        Document d = segment(lines("【法宝引证码】 CLI.12.123456", "原文链接：https://example.org/lar/abc.html",
                "云溪县人民政府关于印发云溪县2023年法治政府建设工作要点的通知",
                "云溪县人民政府关于印发云溪县2023年法治政府建设工作要点的通知",
                "（云政发〔2023〕5号）", "各乡镇人民政府，县直各单位：", "现将《云溪县2023年法治政府建设工作要点》印发给你们，请认真贯彻落实。",
                "云溪县人民政府", "2023年2月1日", "云溪县2023年法治政府建设工作要点", "一、加强制度建设",
                "1.开展规范性文件清理。（责任单位：县司法局）")).documents().get(0);
        assertEquals("云溪县人民政府关于印发云溪县2023年法治政府建设工作要点的通知", d.title());
        assertEquals("云政发〔2023〕5号", d.docNumber());
        assertEquals("2023-02-01", d.date());
    }

    @Test
    void theTitleComesAfterABreadcrumbABylineAndAJournalistsLeadIn() {
        ParsedFile f = segment(lines("您当前的位置：首页 > 政务公开 > 政策文件", "来源：宁州市司法局 发布时间：2024-04-02",
                "近日，宁州市司法局印发了《宁州市司法局2024年普法工作要点》。全文如下：",
                "宁州市司法局2024年普法工作要点", "一、深入学习宣传习近平法治思想", "1.组织开展专题学习。（责任科室：普法科）"));
        Document d = f.documents().get(0);
        assertEquals("宁州市司法局2024年普法工作要点", d.title());
        assertEquals(DocumentKind.WORK_PLAN, d.kind());
        assertEquals("工作要点", d.documentType());
        assertEquals("2024-04-02", d.date());
        assertEquals(DateSource.PUBLISHED, d.dateSource());
    }

    @Test
    void aNewsHeadlineOverARepublishedDocumentYieldsToTheDocumentsOwnTitle() {
        Document d = segment(lines("宁州市人民政府办公室印发关于加强行政复议工作的实施意见", "发布时间：2024-05-01",
                "近日，市政府办公室印发了实施意见，全文如下：", "关于加强行政复议工作的实施意见", "一、总体要求",
                "（一）落实主体责任。各县（区）要加强领导。")).documents().get(0);
        assertEquals("关于加强行政复议工作的实施意见", d.title());
    }

    @Test
    void aRedHeaderGivesTheIssuerAndTheNumberAboveTheTitle() {
        Document d = segment(lines("宁州市人民政府办公室文件", "宁府办发〔2022〕31号", "宁州市人民政府办公室关于加强行政复议工作的意见",
                "各县（区）人民政府：", "为加强行政复议工作，提出如下意见：", "一、提高认识", "（一）落实主体责任。各县（区）要加强领导。")).documents().get(0);
        assertEquals("宁州市人民政府办公室关于加强行政复议工作的意见", d.title());
        assertEquals("宁府办发〔2022〕31号", d.docNumber());
        assertEquals("宁州市人民政府办公室", d.issuers().get(0).name());
        assertEquals(DocumentKind.IMPLEMENTATION_PLAN, d.kind());
        assertEquals("意见", d.documentType());
    }

    @Test
    void aNoticeThatIssuesTwoDocumentsIsThreeDocuments() {
        ParsedFile f = segment(lines("宁州市人民政府办公室关于印发支持数字经济发展若干政策和宁州市数字经济行动计划（2024—2026年）的通知",
                "各县（区）人民政府：", "《支持数字经济发展若干政策》《宁州市数字经济行动计划（2024—2026年）》已经市政府同意，现印发给你们。",
                "宁州市人民政府办公室", "2024年5月6日", "支持数字经济发展若干政策", "一、支持平台建设", "对新建平台给予奖补。（责任单位：市工信局）",
                "宁州市数字经济行动计划", "（2024—2026年）", "一、重点任务", "（一）建设算力设施。（责任单位：市发改委）"));
        assertEquals(3, f.documents().size());
        Document notice = f.documents().get(0);
        assertEquals(DocumentKind.NOTICE, notice.kind());
        assertEquals(List.of("2", "3"), notice.transmits());
        assertEquals("支持数字经济发展若干政策", f.documents().get(1).title());
        assertEquals("宁州市数字经济行动计划(2024—2026年)", f.documents().get(2).title());
        assertEquals(2024, f.documents().get(2).periodStart());
        assertEquals("2024-05-06", f.documents().get(2).date());
        assertEquals(DateSource.INHERITED, f.documents().get(2).dateSource());
    }

    @Test
    void anIssuedPlanIsFoundWhenItsTitleDropsThePlaceOrAddsA的() {
        ParsedFile f = segment(lines("宁州市人民政府办公厅印发关于完善融资担保体系若干措施的通知", "各县（区）人民政府：",
                "《关于完善融资担保体系的若干措施》已经省政府同意，现印发给你们。", "2020年3月16日", "关于完善融资担保体系的若干措施",
                "一、加快体系建设", "1.做强省级担保机构。（责任单位：省财政厅）"));
        assertEquals(2, f.documents().size());
        assertEquals("关于完善融资担保体系的若干措施", f.documents().get(1).title());
        assertEquals("若干措施", f.documents().get(1).documentType());
    }

    @Test
    void theMetadataTitleIsUsedWhereTheTextPrintsNone() {
        PageMetadata page = PageMetadata.NONE.with(PageMetadata.Field.TITLE, "宁州市关于推进依法行政的实施意见")
                .with(PageMetadata.Field.ISSUER, "宁州市人民政府");
        Document d = segment(lines("为推进依法行政，提出如下实施意见。", "一、总体要求", "（一）坚持依法行政。各部门要依法履职。"), page)
                .documents().get(0);
        assertEquals("宁州市关于推进依法行政的实施意见", d.title());
        assertEquals(TitleSource.PAGE, d.titleSource());
        assertEquals("宁州市人民政府", d.issuers().get(0).name());
        assertEquals(IssuerSource.PAGE, d.issuerSource());
    }

    @Test
    void aDocumentWithNoTitleAnywhereGetsAnInferredLabelNotASentence() {
        Document d = segment(lines("为贯彻落实全省工作部署，加快我省智能制造发展，特制定本行动计划。", "一、总体要求",
                "（一）指导思想。全面提升我省智能制造水平，江西省将持续推进。", "二、重点任务", "（一）培育示范工厂。全省各地要积极推进。")).documents().get(0);
        assertEquals(TitleSource.INFERRED, d.titleSource());
        assertNull(d.titleAsRead());
        assertEquals("江西省行动计划", d.title());
        assertEquals("江西省", d.jurisdiction());
    }

    @Test
    void aReportWithItsYearInBracketsIsAReport() {
        Document d = segment(lines("宁州市司法局法治政府建设情况报告（2024年度）", "一、主要举措和成效", "（一）完善制度。全年审查文件48件。",
                "二、2025年工作打算", "（一）深化改革。持续推进。")).documents().get(0);
        assertEquals(DocumentKind.ANNUAL_REPORT, d.kind());
        assertEquals("情况报告", d.documentType());
        assertEquals(2024, d.periodStart());
    }

    @Test
    void aReportIsKnownByItsSectionsWhereItsWordsVary() {
        Document d = segment(lines("宁州市司法局", "一、2024年工作开展情况", "（一）完善制度。全年审查文件48件。",
                "二、2025年工作安排", "（一）深化改革。持续推进。")).documents().get(0);
        assertEquals(DocumentKind.ANNUAL_REPORT, d.kind());
        assertEquals(List.of("二/(一)"), d.measures().stream().map(Provision::path).toList());
    }

    @Test
    void aTownshipGovernsItselfAndItsUnitsTakeItsName() throws Exception {
        String text = lines("太平镇人民政府关于印发太平镇2024年法治政府建设工作要点的通知", "各村（社区），镇直各单位：",
                "现将《太平镇2024年法治政府建设工作要点》印发给你们。", "太平镇人民政府", "2024年3月12日", "太平镇2024年法治政府建设工作要点",
                "一、加强党的领导", "1.开展学法活动。全年组织学法不少于4次。（责任单位：镇司法所、党政办）");
        org.plangraph.model.AlignedFile f = org.plangraph.pipeline.Pipeline.standard().parse("town.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document plan = f.documents().get(1);
        assertEquals("太平镇", plan.jurisdiction());
        assertEquals(List.of("太平镇司法所", "太平镇党政办"), plan.measures().get(0).tasks().get(0).responsibilities().stream()
                .map(r -> f.linksOf(plan).unit(r.unit()).identity().qualifiedName()).toList());
    }

    @Test
    void centralOrgansGovernTheWholeCountry() {
        Document d = segment(lines("国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", "国办发〔2018〕115号",
                "一、总体要求", "（一）明确审核范围。各地区、各部门要依法审核。", "国务院办公厅", "2018年12月4日")).documents().get(0);
        assertEquals("全国", d.jurisdiction());
    }

    @Test
    void aDocumentSpeakingOf我市GovernsTheCityItNamesNotItsProvince() {
        Document d = segment(lines("为加快数字化发展，结合我市实际，制定本推进方案。", "一、主要任务",
                "（一）建设数字基础设施。全市各区县要加快建设，山东省给予支持，济南市统筹推进。", "（二）发展数字产业。市直各部门要协同推进，济南市发改委牵头。"))
                .documents().get(0);
        assertEquals("济南市", d.jurisdiction());
        assertEquals("山东省", d.province());
    }

    @Test
    void aGeneralOfficeIssuesWhereTheTextSaysTheGovernmentConsented() {
        Document d = segment(lines("经省政府同意，现就开展智慧城市试点工作提出以下意见：", "一、主要任务", "（一）开展试点。我省各地要积极推进，全省统筹，江西省各市参与。"))
                .documents().get(0);
        assertEquals("江西省人民政府办公厅", d.issuers().get(0).name());
        assertEquals(IssuerSource.INFERRED, d.issuerSource());
    }

    @Test
    void rulesArticlesAreMeasuresWhereAPublicBodyIsBoundToAct() {
        Document d = segment(lines("宁州市政务数据管理办法", "第一章 总则  第一条 为了规范政务数据管理，根据有关规定，制定本办法。",
                "第二条 本办法适用于本市行政区域内的政务数据管理活动。", "第三条 本办法所称政务数据，是指政务部门在履行职责中制作的数据。",
                "第四条 市数据资源主管部门负责统筹全市政务数据管理工作。", "第二章 管理", "第五条 政务部门应当编制本部门政务数据目录。",
                "第六条 建设单位应当按照标准委托设计。", "第七条 公民可以依法申请获取政务数据。", "第三章 法律责任",
                "第八条 政务部门违反本办法的，由主管部门责令改正。", "第四章 附则", "第九条 本办法由市数据资源主管部门负责解释。",
                "第十条 本办法自2024年1月1日起施行。")).documents().get(0);
        assertEquals(List.of("第一章/第四条", "第二章/第五条"), d.measures().stream().map(Provision::path).toList());
        assertEquals("管理办法", d.documentType());
    }

    @Test
    void aTitleFinderNeverTakesASentenceOrALink() {
        List<TextLine> text = TextLine.split(lines("原文链接：https://example.org/notice.html", "现将有关事项通知如下。",
                "http://example.org/关于印发方案的通知"));
        assertNull(TitleFinder.find(text, PageMetadata.NONE));
        List<TextLine> marked = TextLine.split(lines("首页 > 政策文件 > 通知", "关于印发<宁州市法治政府建设实施方案>的通知"));
        assertEquals("关于印发<宁州市法治政府建设实施方案>的通知", TitleFinder.find(marked, PageMetadata.NONE).text());
        List<TextLine> withTitle = TextLine.split(lines("当前位置：首页", "宁州市法治政府建设实施方案"));
        assertNotNull(TitleFinder.find(withTitle, PageMetadata.NONE));
        assertTrue(TitleFinder.find(withTitle, PageMetadata.NONE).printed());
    }
}
