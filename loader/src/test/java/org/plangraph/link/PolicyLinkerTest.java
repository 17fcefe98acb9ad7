package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.plangraph.model.CitedPolicy;
import org.plangraph.model.PolicyLevel;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.PolicyRelation;

class PolicyLinkerTest {
    private static PolicyReference ref(String title, String number) {
        return new PolicyReference(title, number, null, PolicyLevel.PROVINCIAL, PolicyRelation.CITES, null, null);
    }

    @Test
    void samePolicyPrintedWithDifferentDashesAndBracketsIsOneIdentity() {
        PolicyLinker linker = PolicyLinker.standard();
        assertEquals(linker.identify(ref("江西省法治社会建设实施方案(2021—2025年)", null)).key(),
                linker.identify(ref("江西省法治社会建设实施方案（2021-2025年）", null)).key());
    }

    @Test
    void documentNumberDecidesIdentityWhereKnown() {
        PolicyLinker linker = PolicyLinker.standard();
        assertEquals("no:赣发〔2021〕23号", linker.identify(ref("江西省法治政府建设实施纲要(2021-2025年)", "赣发〔2021〕23号")).key());
    }

    @Test
    void maskedNumberDoesNotDecideIdentity() {
        PolicyLinker linker = PolicyLinker.standard();
        assertNotEquals(linker.identify(ref("关于甲的意见", "成府发〔20**〕83号")).key(),
                linker.identify(ref("关于乙的意见", "成府发〔20**〕83号")).key());
    }

    @Test
    void nationalOutlineLinksToTheReferenceResourceByTitleOrNumber() {
        PolicyLinker linker = PolicyLinker.standard();
        String iri = "https://w3id.org/plangraph/ref/outline/fzzf-2021-2025";
        CitedPolicy byTitle = linker.identify(ref("法治政府建设实施纲要(2021-2025年)", null));
        assertEquals(iri, byTitle.key());
        assertEquals(PolicyLevel.NATIONAL, byTitle.level());
        assertEquals(iri, linker.identify(ref("任意标题", "中发〔2021〕33号")).key());
    }
}
