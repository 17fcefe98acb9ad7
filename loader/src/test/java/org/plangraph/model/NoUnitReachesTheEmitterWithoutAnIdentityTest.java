package org.plangraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;

class NoUnitReachesTheEmitterWithoutAnIdentityTest {
    private static final String PLAN = String.join("\n", "抚州市司法局2024年普法工作要点", "一、深化普法",
            "1.开展学法活动。组织集中学法。（牵头单位：市司法局；责任单位：市发改委、各县（区）政府）", "2.落实普法责任。编制责任清单。",
            "抚州市司法局", "2024年3月1日") + "\n";

    private static DocumentLinks without(DocumentLinks links, UnitMention dropped) {
        Map<UnitMention, AgencyIdentity> kept = new java.util.LinkedHashMap<>(links.agencies().byMention());
        kept.remove(dropped);
        return new DocumentLinks(links.documentKey(), new AgencyIdentities(kept), links.citedPolicies(), links.ownPolicy());
    }

    @Test
    void everyUnitADocumentMentionsHasAnIdentity() {
        LinkedFile f = Fixtures.parse(PLAN).linked();
        Document d = f.documents().get(0);
        List<UnitMention> units = d.unitMentions();
        assertTrue(units.stream().anyMatch(u -> u.name().equals("市发改委")), units.toString());
        for (UnitMention u : units) {
            assertEquals(u, f.linksOf(d).unit(u).mention());
        }
    }

    @Test
    void aLinkedFileMissingTheIdentityOfAResponsibleUnitIsRefused() {
        LinkedFile f = Fixtures.parse(PLAN).linked();
        Document d = f.documents().get(0);
        UnitMention responsible = d.measures().get(0).tasks().get(0).responsibilities().get(1).unit();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinkedFile(f.parsed(), List.of(without(f.linksOf(d), responsible))));
        assertTrue(e.getMessage().contains(responsible.mention()), e.getMessage());
    }

    @Test
    void aLinkedFileMissingADocumentsLinksIsRefused() {
        LinkedFile f = Fixtures.parse(PLAN).linked();
        assertThrows(IllegalArgumentException.class, () -> new LinkedFile(f.parsed(), List.of()));
    }

    @Test
    void aMentionTheLinkStageNeverSawIsAnErrorNotABareName() {
        LinkedFile f = Fixtures.parse(PLAN).linked();
        DocumentLinks links = f.linksOf(f.documents().get(0));
        assertThrows(IllegalStateException.class, () -> links.unit(UnitMention.of("市不存在局")));
    }

    @Test
    void anIdentityWithoutAKeyCannotBeMade() {
        assertThrows(NullPointerException.class, () -> new AgencyIdentity("抚州市司法局", "市司法局", "抚州市", null, false));
    }
}
