package org.plangraph.align;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a document follows the outline's structure: a section of the plan whose heading restates a
 * part of the outline (抚州's 二/(一) 健全政府机构职能体系，推动更好发挥政府作用 is the outline's part 二)
 * says the measures under it carry out that part's items. A section that matches no part clearly
 * (a plan regrouping the outline into its own actions) says nothing, and lexical similarity decides.
 */
final class StructureMatch {
    /** A section heading this close to a part's title restates it. */
    static final double MATCH_THRESHOLD = 0.45;
    /** And clearly closer to it than to any other part. */
    static final double MATCH_MARGIN = 0.15;

    private final ItemProfiles profiles;
    private final Map<String, Map<String, Double>> groupVectors = new LinkedHashMap<>();

    StructureMatch(ItemProfiles profiles) {
        this.profiles = profiles;
        for (OutlineItem item : profiles.outline().items()) {
            groupVectors.computeIfAbsent(item.groupIri(), g -> profiles.vector(CharacterBigrams.count(item.groupTitle(), 1.0)));
        }
    }

    /**
     * The outline part (group IRI) that the measure's enclosing sections restate, with its similarity;
     * empty when none does clearly. {@code sectionHeadings} run from the outermost section inwards.
     */
    Map<String, Double> matchedGroup(List<String> sectionHeadings) {
        String bestGroup = null;
        double best = 0;
        double second = 0;
        for (String heading : sectionHeadings) {
            Map<String, Double> v = profiles.vector(CharacterBigrams.count(heading, 1.0));
            Map<String, Double> sims = new HashMap<>();
            for (Map.Entry<String, Map<String, Double>> g : groupVectors.entrySet()) {
                sims.put(g.getKey(), cosine(v, g.getValue()));
            }
            for (Map.Entry<String, Double> s : sims.entrySet()) {
                if (s.getValue() > best) {
                    second = Math.max(second, best);
                    best = s.getValue();
                    bestGroup = s.getKey();
                } else if (s.getValue() > second) {
                    second = s.getValue();
                }
            }
        }
        if (bestGroup == null || best < MATCH_THRESHOLD || best - second < MATCH_MARGIN) {
            return Map.of();
        }
        return Map.of(bestGroup, best);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
