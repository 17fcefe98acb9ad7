package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often a target recurs (每年, 每季度, 每月). */
public enum Frequency implements Notation {
    PER_YEAR("per-year"),
    PER_QUARTER("per-quarter"),
    PER_MONTH("per-month");

    private final String notation;

    Frequency(String notation) {
        this.notation = notation;
    }

    /** The local name of its concept in the frequency scheme, as the cue file writes it. */
    @Override
    @JsonValue
    public String notation() {
        return notation;
    }

}
