package org.plangraph.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of an outline's items over character bigrams, and the cosine of a text against each.
 * An item is described by its title, its part's (or section's) title and its key phrases: the title
 * alone put the right item first for about two thirds of measures in a prototype, the key phrases
 * (what the item covers) for close to nine in ten. The inverse document frequency is taken over the
 * outline's items, so that bigrams every item shares (法治, 政府, 建设) weigh little.
 */
public final class ItemProfiles {
    /** The item's own title says most precisely what it is about. */
    static final double TITLE_WEIGHT = 2.0;
    /** The part says what area it belongs to, shared with its sibling items. */
    static final double GROUP_WEIGHT = 0.5;
    static final double PHRASE_WEIGHT = 1.0;

    private final Outline outline;
    private final Map<String, Double> idf = new HashMap<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final double[] norms;

    public ItemProfiles(Outline outline) {
        this.outline = outline;
        List<Map<String, Double>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (OutlineItem item : outline.items()) {
            Map<String, Double> c = CharacterBigrams.count(item.title(), TITLE_WEIGHT);
            CharacterBigrams.addTo(c, item.groupTitle(), GROUP_WEIGHT);
            for (String phrase : item.keyPhrases()) {
                CharacterBigrams.addTo(c, phrase, PHRASE_WEIGHT);
            }
            counts.add(c);
            for (String term : c.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        int n = outline.items().size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / (df + 0.5))));
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = weigh(counts.get(i));
            vectors.add(v);
            norms[i] = norm(v);
        }
    }

    public Outline outline() {
        return outline;
    }

    /** The text's TF-IDF vector in this outline's term space (bigrams no item has are left out). */
    public Map<String, Double> vector(Map<String, Double> counts) {
        return weigh(counts);
    }

    /** Cosine of {@code vector} against every item, in item order. */
    public double[] cosines(Map<String, Double> vector) {
        double n = norm(vector);
        double[] out = new double[vectors.size()];
        if (n == 0) {
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = norms[i] == 0 ? 0 : dot(vector, vectors.get(i)) / (n * norms[i]);
        }
        return out;
    }

    /** Cosine of {@code vector} against one item. */
    public double cosine(Map<String, Double> vector, int item) {
        double n = norm(vector);
        return n == 0 || norms[item] == 0 ? 0 : dot(vector, vectors.get(item)) / (n * norms[item]);
    }

    private Map<String, Double> weigh(Map<String, Double> counts) {
        Map<String, Double> v = new HashMap<>();
        counts.forEach((term, tf) -> {
            Double w = idf.get(term);
            if (w != null && w > 0) {
                // Sub-linear term frequency: a long measure repeating a word is not more about it.
                v.put(term, (1 + Math.log(tf)) * w);
            }
        });
        return v;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                s += e.getValue() * o;
            }
        }
        return s;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
