package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly a report gives a figure: as is, as a floor (余, 以上) or as an estimate (约, 近). */
public enum FigureQualifier {
    EXACT("exact"),
    MORE_THAN("more-than"),
    APPROX("approx");

    private final String notation;

    FigureQualifier(String notation) {
        this.notation = notation;
    }

    /** The local name of its concept in the qualifier scheme, as the cue file writes it. */
    @JsonValue
    public String notation() {
        return notation;
    }

    public static FigureQualifier ofNotation(String notation) {
        for (FigureQualifier q : values()) {
            if (q.notation.equals(notation)) {
                return q;
            }
        }
        throw new IllegalArgumentException("not a figure qualifier: " + notation + " (one of exact, more-than, approx)");
    }
}
