package org.plangraph.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Alignment;

/** The align stage on plans written for the test: which item each measure carries out, how sure, and why. */
class AlignerTest {
    private static List<Alignment> rankOne(AlignedFile f) {
        return f.alignments().stream().filter(a -> a.rank() == 1).toList();
    }

    @Test
    void aPlanNamingTheOutlineHasEachMeasureAlignedToTheItemItCarriesOut() {
        AlignedFile f = Fixtures.parse(AlignPlans.CITING_2021);
        List<Alignment> best = rankOne(f);
        assertEquals(List.of("(二十二)", "(二十七)", "(六)"), best.stream().map(Alignment::itemId).toList());
        for (Alignment a : best) {
            assertEquals(AlignPlans.OUTLINE_2021, a.outlineIri());
            assertEquals("中发〔2021〕33号", a.outlineNumber());
            assertEquals("cited", a.basis());
            assertEquals("high", a.confidence(), a.toString());
            assertEquals(Alignment.LEXICAL, a.justification());
            assertTrue(a.score() > 0 && a.score() <= 1, a.toString());
        }
    }

    @Test
    void evidenceIsASentenceOfTheMeasureWithoutItsResponsibilityNoteAndSpansTheSource() {
        String source = AlignPlans.CITING_2021;
        Alignment a = rankOne(Fixtures.parse(source)).get(0);
        assertNotNull(a.evidence());
        assertEquals("推进行政复议体制改革，规范复议案件办理，加强行政复议纠错。", a.evidence().asRead());
        assertEquals(a.evidence().asRead(), source.substring(a.evidence().start(), a.evidence().end()));
        assertTrue(a.matchedPhrases().contains("行政复议"), a.matchedPhrases().toString());
        assertFalse(a.evidence().asRead().contains("牵头单位"));
    }

    @Test
    void aPlanNamingNoOutlineIsAlignedToTheOutlineInForceInItsYearWithLowerConfidence() {
        List<Alignment> best = rankOne(Fixtures.parse(AlignPlans.UNCITED_2017));
        assertEquals(List.of("33", "36"), best.stream().map(Alignment::itemId).toList());
        for (Alignment a : best) {
            assertEquals(AlignPlans.OUTLINE_2015, a.outlineIri());
            assertEquals("period", a.basis());
            assertNotEquals("high", a.confidence(), "an outline chosen by date alone is never high: " + a);
        }
    }

    @Test
    void aPlanOutsideTheOutlinesFieldIsNotAlignedByItsYear() {
        String finance = """
                宁州市关于完善融资担保体系支持小微企业发展的若干措施
                一、加快体系建设
                1.做强市级融资担保机构。通过注资和重组做大担保机构。（责任单位：市财政局）
                2.降低担保费率。担保费率原则上不超过1%。（责任单位：市金融办）
                宁州市人民政府办公室
                2022年3月16日
                """;
        assertTrue(Fixtures.parse(finance).alignments().isEmpty());
    }

    @Test
    void ranksRunFromOneAndScoresDoNotRiseWithRank() {
        AlignedFile f = Fixtures.parse(AlignPlans.CITING_2021);
        for (Alignment first : rankOne(f)) {
            List<Alignment> mine = f.alignments().stream()
                    .filter(a -> a.measurePath().equals(first.measurePath())).toList();
            assertTrue(mine.size() <= MeasureAligner.MAX_KEPT_WITH_TIES);
            for (int i = 0; i < mine.size(); i++) {
                assertEquals(i + 1, mine.get(i).rank());
                if (i > 0) {
                    assertTrue(mine.get(i).score() <= mine.get(i - 1).score());
                    assertNotEquals("high", mine.get(i).confidence(), "an alternative is never high");
                }
            }
        }
    }

    @Test
    void theOutlineInForceIsTheOneCoveringTheYearElseTheLatestBeforeIt() {
        OutlineCatalog c = OutlineCatalog.standard();
        assertEquals(AlignPlans.OUTLINE_2015, c.inForce(2018).orElseThrow().iri());
        assertEquals(AlignPlans.OUTLINE_2021, c.inForce(2023).orElseThrow().iri());
        assertEquals(AlignPlans.OUTLINE_2021, c.inForce(2027).orElseThrow().iri());
        assertTrue(c.inForce(2010).isEmpty());
    }

    @Test
    void everyItemOfTheOutlinesHasKeyPhrasesAndThe2021OutlineHas35Items() {
        Outline o = OutlineCatalog.standard().byIri(AlignPlans.OUTLINE_2021).orElseThrow();
        assertEquals(35, o.items().size());
        assertEquals("(一)", o.items().get(0).id());
        assertEquals("(三十五)", o.items().get(34).id());
        for (Outline outline : OutlineCatalog.standard().outlines()) {
            for (OutlineItem item : outline.items()) {
                assertTrue(item.keyPhrases().size() >= 3, item.toString());
            }
        }
        assertEquals(48, OutlineCatalog.standard().byIri(AlignPlans.OUTLINE_2015).orElseThrow().items().size());
    }
}
