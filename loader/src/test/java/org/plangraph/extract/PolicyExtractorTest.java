package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.PolicyLevel;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.PolicyRelation;

class PolicyExtractorTest {
    private static final String PLAN = """
            吉安市法治宣传教育工作方案
            为深入贯彻落实中共中央、国务院《法治政府建设实施纲要(2021—2025年)》，根据《中共江西省委、江西省人民政府关于印发<江西省法治政府建设实施纲要(2021-2025年)>的通知》(赣发202123号)和《吉安市落实〈江西省法治社会建设实施方案〉任务清单》(吉市办字[2022]9号)精神，结合我市实际，制定本方案。
            一、主要任务
            1.加强普法宣传。认真学习《中华人民共和国行政处罚法》《信访工作条例》，严格执行国务院《重大行政决策程序暂行条例》、《优化营商环境条例》。
            2.创新宣传形式。市司法局制作的动漫《小法官奇遇记》、市公安局拍摄的《平安回家路》《守护钱袋子》在全市播放。
            3.规范执法行为。严格落实市政府《关于规范行政裁量权的实施意见》(吉府发〔20**〕12号)要求。
            吉安市司法局
            2024年5月6日
            """;

    private static List<PolicyReference> named() {
        return Fixtures.only(PLAN).policies();
    }

    private static PolicyReference policy(String title) {
        return named().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no policy " + title + " in " + named().stream().map(PolicyReference::title).toList()));
    }

    @Test
    void noticeThatIssuesAPolicyNamesThePolicyWithTheNoticesNumberAndIssuer() {
        PolicyReference p = policy("江西省法治政府建设实施纲要(2021-2025年)");
        assertEquals("赣发〔2021〕23号", p.docNumber());
        assertEquals("中共江西省委、江西省人民政府", p.issuer());
        assertEquals(PolicyLevel.PROVINCIAL, p.level());
        assertNotNull(p.notice());
        assertTrue(p.notice().startsWith("中共江西省委、江西省人民政府关于印发"));
    }

    @Test
    void nestedTitleNamesBothTheOuterAndTheInnerPolicy() {
        PolicyReference outer = policy("吉安市落实〈江西省法治社会建设实施方案〉任务清单");
        assertEquals("吉市办字〔2022〕9号", outer.docNumber());
        assertEquals(PolicyLevel.MUNICIPAL, outer.level());
        assertEquals(PolicyRelation.IMPLEMENTS, policy("江西省法治社会建设实施方案").relation());
    }

    @Test
    void documentMadeToCarryPoliciesOutImplementsThem() {
        assertEquals(PolicyRelation.IMPLEMENTS, policy("法治政府建设实施纲要(2021—2025年)").relation());
        assertEquals(PolicyRelation.IMPLEMENTS, policy("江西省法治政府建设实施纲要(2021-2025年)").relation());
    }

    @Test
    void otherMentionsCite() {
        assertEquals(PolicyRelation.CITES, policy("中华人民共和国行政处罚法").relation());
        assertEquals(PolicyRelation.CITES, policy("关于规范行政裁量权的实施意见").relation());
    }

    @Test
    void issuerNamedBeforeTheTitleDistributesOverTitlesListedWithIt() {
        assertEquals("国务院", policy("重大行政决策程序暂行条例").issuer());
        assertEquals("国务院", policy("优化营商环境条例").issuer());
        assertEquals(PolicyLevel.NATIONAL, policy("重大行政决策程序暂行条例").level());
        assertEquals("中共中央、国务院", policy("法治政府建设实施纲要(2021—2025年)").issuer());
    }

    @Test
    void lawNamedByShortTitleIsNational() {
        assertEquals(PolicyLevel.NATIONAL, policy("信访工作条例").level());
    }

    @Test
    void maskedDocumentNumberStaysMasked() {
        assertEquals("吉府发〔20**〕12号", policy("关于规范行政裁量权的实施意见").docNumber());
    }

    @Test
    void filmAndVideoTitlesAreNotPolicies() {
        List<String> titles = named().stream().map(PolicyReference::title).toList();
        assertFalse(titles.contains("小法官奇遇记"), titles.toString());
        assertFalse(titles.contains("平安回家路"), titles.toString());
        assertFalse(titles.contains("守护钱袋子"), titles.toString());
    }

    @Test
    void documentDoesNotNameItself() {
        assertTrue(named().stream().noneMatch(p -> p.title().equals("吉安市法治宣传教育工作方案")));
    }
}
