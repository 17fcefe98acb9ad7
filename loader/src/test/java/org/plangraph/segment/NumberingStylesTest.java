package org.plangraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.read.PageMetadata;
import org.plangraph.read.SourceFormat;
import org.plangraph.read.SourceText;
import org.plangraph.repair.TextRepairer;

/** The numbering styles of real documents, read through the repair stage as the pipeline reads them. */
class NumberingStylesTest {
    private static final String TITLE = "某市2024年法治政府建设工作方案";

    private static Document plan(String... body) {
        String text = TITLE + "\n" + String.join("\n", body);
        return Segmenter.standard().segment(TextRepairer.standard().repair(
                new SourceText("t.txt", "0", SourceFormat.PLAIN_TEXT, "test", "UTF-8", text, PageMetadata.NONE))).documents().get(0);
    }

    private static List<String> measurePaths(Document d) {
        List<String> out = new ArrayList<>();
        collect(d.provisions(), out);
        return out;
    }

    private static void collect(List<Provision> ps, List<String> out) {
        for (Provision p : ps) {
            if (p.measure()) {
                out.add(p.path());
            }
            collect(p.children(), out);
        }
    }

    @Test
    void anOrdinalFollowedByACommaOrEnumerationCommaNumbersAnItem() {
        Document d = plan(
                "第一,深化放管服改革。全面推行证明事项告知承诺制。",
                "第二、加强行政执法监督。开展案卷评查。",
                "第三。强化法治督察。开展专项督察。",
                "第四,健全决策机制。严格执行重大决策程序。");
        assertEquals(List.of("第一", "第二", "第三", "第四"), measurePaths(d));
        assertEquals("深化放管服改革", d.provisions().get(0).heading());
    }

    @Test
    void articlesChaptersAndOrdinalWordsAreNotOrdinalItems() {
        Document d = plan(
                "第一章 总则",
                "第一条 为规范管理,制定本办法。",
                "第一批试点单位名单另行公布。",
                "第一次会议于3月召开。",
                "第二条 本办法自发布之日起施行。");
        List<String> labels = d.provisions().stream().map(Provision::label).toList();
        assertEquals(List.of("第一章"), labels);
        assertEquals(List.of("第一条", "第二条"), d.provisions().get(0).children().stream().map(Provision::label).toList());
    }

    @Test
    void aDigitWithAHalfBracketNumbersAnItem() {
        Document d = plan(
                "一、重点任务",
                "1)落实告知承诺制。全面推行告知承诺。",
                "2)规范行政执法。严格执行三项制度。");
        assertEquals(List.of("一/1)", "一/2)"), measurePaths(d));
        assertEquals(2, d.provisions().get(0).children().get(1).number());
    }

    @Test
    void aDigitWithASmallOrFullWidthFullStopNumbersAnItem() {
        Document d = plan(
                "一、重点任务",
                "1﹒落实告知承诺制。全面推行告知承诺。",
                "2．规范行政执法。严格执行三项制度。",
                "3、加强执法监督。开展案卷评查。");
        assertEquals(List.of("一/1", "一/2", "一/3"), measurePaths(d));
        assertEquals("规范行政执法", d.provisions().get(0).children().get(1).heading());
    }

    @Test
    void fullWidthFormsOfEveryStyleNumberAsTheirHalfWidthForms() {
        Document d = plan(
                "一、重点任务",
                "（一）优化营商环境",
                "１．落实告知承诺制。全面推行告知承诺。",
                "（１）规范行政执法。严格执行三项制度。",
                "１）开展案卷评查。每年评查一次。",
                "２﹒加强执法监督。开展专项监督。",
                "３、强化督察。开展法治督察。");
        List<String> paths = measurePaths(d);
        assertTrue(paths.contains("一/(一)/1/(1)/1)"), paths.toString());
        assertTrue(paths.contains("一/(一)/2"), paths.toString());
        assertTrue(paths.contains("一/(一)/3"), paths.toString());
        assertEquals(List.of("第一", "第二"), measurePaths(plan("第一，完善制度。健全规章制度。", "第二，强化监督。开展专项监督。")));
    }

    @Test
    void anItemWhoseTextOpensWithAYearIsNumberedNotADecimal() {
        Document d = plan(
                "一、重点任务",
                "1.2024年底前完成清理。全面清理规范性文件。",
                "2.提升行政效能,重大项目投资增长1.5个百分点。");
        assertEquals(List.of("一/1", "一/2"), measurePaths(d));
    }

    @Test
    void aDecimalAtTheStartOfALineIsNoItem() {
        Document d = plan(
                "一、重点任务",
                "1.推进告知承诺制。全面推行告知承诺,",
                "1.5亿元资金用于奖补。");
        assertEquals(List.of("一/1"), measurePaths(d));
    }

    @Test
    void itemsUnderAHeadingWithNoTextOfTheirOwnAreTheMeasures() {
        Document d = plan(
                "一、重点任务",
                "(一)规范执法行为",
                "1.落实三项制度。全面落实行政执法公示制度。",
                "2.加强案卷评查。定期通报评查结果。",
                "(二)强化监督",
                "1.开展专项监督。每年至少开展1次专项监督。",
                "二、保障措施",
                "(一)加强组织领导。各地要加强组织领导。",
                "(二)强化考核。纳入绩效考核。");
        assertEquals(List.of("一/(一)/1", "一/(一)/2", "一/(二)/1", "二/(一)", "二/(二)"), measurePaths(d));
        Provision section = d.provisions().get(0);
        assertFalse(section.measure());
        assertFalse(section.children().get(0).measure());
    }
}
