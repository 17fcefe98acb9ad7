package org.plangraph.align;

/**
 * Calibrated confidence of a measure's rank-1 item, from its score, its lead over the runner-up and
 * how the outline was chosen. The thresholds were set on the seed plans (ontology/README.md,
 * Alignment, gives how often each level was right there): {@code high} is meant to be right at least
 * nine times in ten, {@code medium} most of the time, {@code low} is a suggestion to check.
 * Items kept below rank 1 are at most {@code medium}: they are the alternatives.
 */
final class ConfidenceLevels {
    static final double HIGH_SCORE = 0.30;
    static final double HIGH_LEAD = 0.25;
    static final double MEDIUM_SCORE = 0.18;
    static final double MEDIUM_LEAD = 0.08;

    private ConfidenceLevels() {
    }

    /**
     * @param score        the item's score
     * @param lead         for rank 1, (score − runner-up's score) / score; for the others 0
     * @param rank         the item's rank
     * @param outlineStated whether the document names the outline (else it was chosen by period)
     * @param structureAgrees whether the plan's section restates the item's part
     * @param phraseFound  whether the measure uses one of the item's key phrases (or its title): bigrams
     *                     alone can add up from words scattered over a long measure
     */
    static String of(double score, double lead, int rank, boolean outlineStated, boolean structureAgrees, boolean phraseFound) {
        int level;
        boolean backed = phraseFound || structureAgrees;
        if (rank == 1 && backed && score >= HIGH_SCORE && (lead >= HIGH_LEAD || structureAgrees && lead >= MEDIUM_LEAD)) {
            level = 2;
        } else if (score >= MEDIUM_SCORE && (rank > 1 || lead >= MEDIUM_LEAD || structureAgrees)) {
            level = rank == 1 ? 1 : (score >= HIGH_SCORE ? 1 : 0);
        } else {
            level = 0;
        }
        if (!outlineStated) {
            // An outline chosen by date alone may not be the one the plan carries out.
            level = Math.max(0, level - 1);
        }
        return switch (level) {
            case 2 -> "high";
            case 1 -> "medium";
            default -> "low";
        };
    }
}
