package org.plangraph.read;

import org.plangraph.model.DocumentKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.model.TitleSource;
import org.plangraph.pipeline.Pipeline;

/** Web pages as sites publish them: chrome around the article, a metadata block, tables, any charset. */
class HtmlPagesAreReadAsDocumentsTest {
    /** A government information page: menu, breadcrumb, metadata table, title, article, share links, footer. */
    static final String PAGE = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>某某市人民政府 政策文件 宁州市人民政府办公室关于印发宁州市法治政府建设工作要点的通知</title>
            <script>var x = "<p>一、不是正文</p>";</script><style>.a{color:red}</style></head>
            <body><div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li>
            <li><a href="/b">政策文件</a></li><li><a href="/c">互动交流</a></li></ul></div>
            <div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/z">政策文件</a></div>
            <table class="meta"><tr><td>索 引 号：</td><td>11360000/2024-00012</td><td>主题分类：</td><td>司法</td></tr>
            <tr><td>发文机关：</td><td>宁州市人民政府办公室</td><td>成文日期：</td><td>2024年03月05日</td></tr>
            <tr><td>标　　题：</td><td colspan="3">宁州市人民政府办公室关于印发宁州市法治政府建设工作要点的通知</td></tr>
            <tr><td>文　　号：</td><td>宁府办发〔2024〕7号</td><td>发布日期：</td><td>2024年03月08日</td></tr></table>
            <div class="article"><h1 class="title">宁州市人民政府办公室关于印发宁州市法治政府建设工作要点的通知</h1>
            <div id="zoom"><p>各县（区）人民政府，市直各单位：</p>
            <p>　　《宁州市法治政府建设工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
            <p style="text-align:right">宁州市人民政府办公室</p><p style="text-align:right">2024年3月5日</p>
            <p style="text-align:center">宁州市法治政府建设工作要点</p>
            <p>一、加强制度建设</p><p>1.完善行政规范性文件合法性审核机制，审核率达到100%。（责任单位：市司法局）</p>
            <p>2.开展规章和规范性文件清理工作。（责任单位：市司法局、市政府办公室）</p>
            <p>二、严格规范执法</p><p>3.全面推行行政执法公示制度。（牵头单位：市司法局；责任单位：市直各执法部门）</p>
            <table><tr><td>序号</td><td>指标</td><td>目标值</td></tr><tr><td>1</td><td>复议纠错率</td><td>10%</td></tr></table>
            </div><div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>
            <div class="footer"><a href="/about">关于我们</a> <a href="/map">网站地图</a> 主办：宁州市人民政府办公室 备案号：赣ICP备12345678号</div>
            </body></html>
            """;

    private final SourceReader reader = new SourceReader();

    @Test
    void readsTheMetadataBlockAndKeepsPostingAndSigningDatesApart() throws Exception {
        SourceText t = reader.read("page.html", PAGE.getBytes(Charset.forName("GBK")));
        assertEquals(SourceFormat.HTML, t.format());
        assertEquals("GB18030", t.encoding());
        assertTrue(t.extractor().startsWith("jsoup"), t.extractor());
        PageMetadata page = t.page();
        assertEquals("11360000/2024-00012", page.indexNumber());
        assertEquals("宁州市人民政府办公室", page.issuer());
        assertEquals(LocalDate.of(2024, 3, 5), page.written());
        assertEquals(LocalDate.of(2024, 3, 8), page.published());
        assertEquals("宁府办发〔2024〕7号", page.docNumber());
        assertEquals("宁州市人民政府办公室关于印发宁州市法治政府建设工作要点的通知", page.title());
        assertEquals("司法", page.subject());
    }

    @Test
    void leavesScriptsNavigationAndFootersOutAndKeepsTablesAsRows() throws Exception {
        String text = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).text();
        assertFalse(text.contains("不是正文"), text);
        assertFalse(text.contains("互动交流"), text);
        assertFalse(text.contains("ICP"), text);
        assertFalse(text.contains("微博"), text);
        assertFalse(text.contains("索 引 号"), text);
        assertTrue(text.contains("\n1.完善行政规范性文件合法性审核机制"), text);
        assertTrue(text.contains("序号\t指标\t目标值\n1\t复议纠错率\t10%\n"), text);
    }

    @Test
    void aPageGivesItsNoticeAndThePlanItIssues() throws Exception {
        AlignedFile file = Pipeline.standard().parse("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, file.documents().size());
        Document notice = file.documents().get(0);
        Document plan = file.documents().get(1);
        assertEquals(DocumentKind.NOTICE, notice.kind());
        assertEquals("宁州市人民政府办公室关于印发宁州市法治政府建设工作要点的通知", notice.title());
        assertEquals(TitleSource.PRINTED, notice.titleSource());
        assertEquals("宁府办发〔2024〕7号", notice.docNumber());
        assertEquals("2024-03-05", notice.date());
        assertEquals(List.of(plan.key()), notice.transmits());
        assertEquals("宁州市法治政府建设工作要点", plan.title());
        assertEquals(DocumentKind.WORK_PLAN, plan.kind());
        assertEquals("工作要点", plan.documentType());
        assertEquals(3, plan.measures().size());
        assertEquals("宁州市人民政府办公室", plan.issuers().get(0).name());
    }

    @Test
    void htmlSavedAsTextIsReadAsHtml() throws Exception {
        SourceText t = reader.read("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, t.format());
        assertFalse(t.text().contains("<p>"), t.text());
    }

    @Test
    void aFragmentFromADatabaseExportIsHtml() throws Exception {
        String fragment = "<div class=\"wrap\"><p>一、总体要求</p><p>（一）指导思想。</p><p>二、主要任务</p><p>（一）完善制度。</p><br><p>（二）严格执法。</p></div>";
        SourceText t = reader.read("R1.txt", fragment.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.HTML, t.format());
        assertTrue(t.text().startsWith("一、总体要求\n（一）指导思想。\n"), t.text());
    }

    @Test
    void rubyGlossesAndInlineGlossesLeaveTheTraditionalText() throws Exception {
        String page = "<html><body><div><p><ruby>關<rt>guān</rt></ruby>於印發(fā)實施方案的通知</p><p>一、總體要求</p>"
                + "<p>（一）堅持依法行政。各部門要依法履職。</p></div></body></html>";
        AlignedFile file = Pipeline.standard().parse("trad.html", page.getBytes(StandardCharsets.UTF_8));
        Document d = file.documents().get(0);
        assertEquals("关于印发实施方案的通知", d.title());
        assertEquals("關於印發實施方案的通知", d.titleAsRead().replace("(fā)", ""));
    }

    @Test
    void plainTextWithTitleMarksInAngleBracketsStaysText() throws Exception {
        String text = "关于印发<宁州市法治政府建设实施方案>的通知\n一、总体要求\n（一）指导思想。坚持依法行政。";
        assertEquals(SourceFormat.PLAIN_TEXT, reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void aSpreadsheetIsNamedAsOneInAOneLineError() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("R12.xlsx", bytes.toByteArray()));
        assertEquals("R12.xlsx: not a supported document type (spreadsheet)", e.getMessage());
    }

    @Test
    void anImageIsNamedAsOne() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("scan.png", png));
        assertEquals("scan.png: not a supported document type (image)", e.getMessage());
    }

    @Test
    void aPageWithOnlyChromeIsRefusedSayingSo() {
        String chrome = "<html><body><ul><li><a href='/'>首页</a></li><li><a href='/x'>政务公开</a></li></ul><script>var a=1;</script></body></html>";
        SourceRejectedException e = assertThrows(SourceRejectedException.class,
                () -> reader.read("empty.html", chrome.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("empty.html: a web page with no document text"), e.getMessage());
    }
}
