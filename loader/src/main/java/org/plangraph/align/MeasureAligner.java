package org.plangraph.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plangraph.model.Alignment;
import org.plangraph.model.Provision;
import org.plangraph.repair.SpanFactory;

/**
 * Scores one measure against every item of one outline and keeps the best few: the best item, the
 * next ones as long as they come near it (a measure often serves two items, and a near-tie is not
 * decided by bigrams), at most {@link #MAX_KEPT}, never any far below.
 */
final class MeasureAligner {
    static final String METHOD = "bigram-tfidf+structure";
    static final String METHOD_VERSION = "1.0";
    /** The heading says in a few words what the measure is; the body adds detail and noise. */
    static final double HEADING_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;
    /**
     * The heading of the section a measure stands in says what area the plan files it under, even
     * where the plan groups the outline its own way (实施合法性审查能力提升行动 over 明确审查范围).
     */
    static final double SECTION_WEIGHT = 0.5;
    /** How much a section restating the item's part adds (times that match's similarity). */
    static final double STRUCTURE_WEIGHT = 0.15;
    static final int MAX_KEPT = 3;
    /** Items kept below rank 1 score at least this share of the best. */
    static final double KEEP_RATIO = 0.5;
    /** A near-tie with the best is kept even beyond MAX_KEPT. */
    static final double NEAR_TIE_RATIO = 0.95;
    static final int MAX_KEPT_WITH_TIES = 5;

    private final ItemProfiles profiles;
    private final StructureMatch structure;
    private final EvidenceFinder evidence;

    MeasureAligner(ItemProfiles profiles) {
        this.profiles = profiles;
        this.structure = new StructureMatch(profiles);
        this.evidence = new EvidenceFinder(profiles);
    }

    private record Scored(int index, double score, boolean structureAgrees) {
    }

    List<Alignment> align(String documentKey, Provision measure, List<String> sectionHeadings, OutlineChoice choice, SpanFactory spans) {
        String heading = MeasureText.heading(measure);
        String body = MeasureText.body(measure);
        Map<String, Double> counts = CharacterBigrams.count(heading, HEADING_WEIGHT);
        CharacterBigrams.addTo(counts, body, BODY_WEIGHT);
        if (!sectionHeadings.isEmpty()) {
            CharacterBigrams.addTo(counts, sectionHeadings.get(sectionHeadings.size() - 1), SECTION_WEIGHT);
        }
        double[] lexical = profiles.cosines(profiles.vector(counts));
        Map<String, Double> group = structure.matchedGroup(sectionHeadings);
        List<OutlineItem> items = profiles.outline().items();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Double sectionMatch = group.get(items.get(i).groupIri());
            double s = lexical[i] + (sectionMatch == null ? 0 : STRUCTURE_WEIGHT * sectionMatch);
            scored.add(new Scored(i, Math.min(1.0, s), sectionMatch != null));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
        List<Scored> kept = keep(scored);
        if (kept.isEmpty()) {
            return List.of();
        }
        double best = kept.get(0).score();
        double runnerUp = scored.size() > 1 ? scored.get(1).score() : 0;
        double lead = best <= 0 ? 0 : (best - runnerUp) / best;
        String measureText = heading + "\n" + body;
        List<Alignment> out = new ArrayList<>();
        int rank = 1;
        for (Scored s : kept) {
            OutlineItem item = items.get(s.index());
            List<String> phrases = EvidenceFinder.matchedPhrases(item, measureText);
            String confidence = ConfidenceLevels.of(s.score(), rank == 1 ? lead : 0, rank, choice.stated(), s.structureAgrees(),
                    !phrases.isEmpty());
            out.add(new Alignment(documentKey, measure.path(), measure.text().start(), profiles.outline().iri(),
                    profiles.outline().docNumber(), item.iri(), item.id(), item.title(), rank, round(s.score()), confidence, METHOD,
                    METHOD_VERSION, Alignment.LEXICAL, choice.basis(), evidence.bestSentence(measure, s.index(), spans), phrases));
            rank++;
        }
        return out;
    }

    private static List<Scored> keep(List<Scored> sorted) {
        List<Scored> kept = new ArrayList<>();
        if (sorted.isEmpty() || sorted.get(0).score() <= 0) {
            return kept;
        }
        double best = sorted.get(0).score();
        for (Scored s : sorted) {
            boolean near = s.score() >= NEAR_TIE_RATIO * best;
            boolean enough = kept.size() < MAX_KEPT && s.score() >= KEEP_RATIO * best;
            if ((near && kept.size() < MAX_KEPT_WITH_TIES) || enough) {
                kept.add(s);
            } else {
                break;
            }
        }
        return kept;
    }

    private static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }
}
