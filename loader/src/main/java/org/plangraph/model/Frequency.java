package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often a target recurs (每年, 每季度, 每月). */
public enum Frequency {
    PER_YEAR("per-year"),
    PER_QUARTER("per-quarter"),
    PER_MONTH("per-month");

    private final String notation;

    Frequency(String notation) {
        this.notation = notation;
    }

    /** The local name of its concept in the frequency scheme, as the cue file writes it. */
    @JsonValue
    public String notation() {
        return notation;
    }

    public static Frequency ofNotation(String notation) {
        for (Frequency f : values()) {
            if (f.notation.equals(notation)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a frequency: " + notation + " (one of per-year, per-quarter, per-month)");
    }
}
