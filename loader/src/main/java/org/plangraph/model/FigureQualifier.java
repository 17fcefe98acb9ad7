package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly a report gives a figure: as is, as a floor (余, 以上) or as an estimate (约, 近). */
public enum FigureQualifier implements Notation {
    EXACT("exact"),
    MORE_THAN("more-than"),
    APPROX("approx");

    private final String notation;

    FigureQualifier(String notation) {
        this.notation = notation;
    }

    /** The local name of its concept in the qualifier scheme, as the cue file writes it. */
    @Override
    @JsonValue
    public String notation() {
        return notation;
    }

}
