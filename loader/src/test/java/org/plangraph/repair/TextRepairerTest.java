package org.plangraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plangraph.read.SourceText;

class TextRepairerTest {
    private final TextRepairer repairer = TextRepairer.standard();

    private RepairedText repair(String text) {
        return repairer.repair(new SourceText("t.txt", "0", org.plangraph.read.SourceFormat.PLAIN_TEXT, "test", "UTF-8", text, org.plangraph.read.PageMetadata.NONE));
    }

    @Test
    void stripsPinyinGlossesButKeepsRealBrackets() {
        RepairedText r = repair("市人民政府辦公室關(guān)于印發(fā)《實施方案(2021—2025年)》\n責任單位:市委依法治市辦(市司法局)、各縣(區(qū))政府");
        assertEquals("市人民政府办公室关于印发《实施方案(2021—2025年)》\n责任单位:市委依法治市办(市司法局)、各县(区)政府\n", r.text());
    }

    @Test
    void stripsGlossWhoseToneLetterTheEncodingLost() {
        assertEquals("办公室\n", repair("辦(b?n)公室").text());
    }

    @Test
    void keepsLatinInBracketsAfterASimplifiedCharacter() {
        assertEquals("统一代码(id)管理,推广系统(app)\n", repair("统一代码(id)管理,推广系统(app)").text());
    }

    @Test
    void dropsQuestionMarkIndentationAndReplacementRuns() {
        RepairedText r = repair("??????????石嘴山市人民政府办公室\n?一、总体要求\n正文??????结束");
        assertEquals("石嘴山市人民政府办公室\n一、总体要求\n正文结束\n", r.text());
    }

    @Test
    void foldsFullWidthPunctuationToAscii() {
        assertEquals("(一)目标:审查率达到100%;\n", repair("（一）目标：审查率达到１００％；").text());
    }

    @Test
    void dropsWebPageChromeAndKeepsItsDates() {
        String page = String.join("\n", "网站首页 政务公开", "关闭", "当前位置:首页 > 政策文件",
                "发布时间:2023-05-16 09:30:00", "来源:市司法局", "工作安排", "一、任务", "附件下载:", "扫一扫在手机上查看当前页面");
        RepairedText r = repair(page);
        assertEquals("工作安排\n一、任务\n", r.text());
        assertEquals(LocalDate.of(2023, 5, 16), r.page().published());
    }

    @Test
    void convertsTraditionalToSimplifiedAndKeepsTheOriginalAsRead() {
        RepairedText r = repair("法治政府建設實施綱要");
        assertEquals(Script.TRADITIONAL, r.script());
        assertEquals("法治政府建设实施纲要\n", r.text());
        assertEquals("法治政府建設實施綱要", r.asRead(0, 10));
    }

    @Test
    void mapsEveryRepairedCharacterBackToItsSource() {
        String source = "??關(guān)于印發(fā)通知";
        RepairedText r = repair(source);
        assertEquals("关于印发通知\n", r.text());
        assertEquals(2, r.sourceStart(0));
        assertEquals("發(fā)通知", r.asRead(3, 6));
        assertFalse(r.text().contains("?"));
        assertTrue(r.sourceEnd(6) <= source.length());
    }
}
