package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The level of government a policy comes from; each is a concept of the {@code level} scheme. */
public enum PolicyLevel implements Notation {
    /** 中央, 国务院 and its ministries. */
    NATIONAL("national"),
    /** a province and its organs. */
    PROVINCIAL("provincial"),
    /** a prefecture-level city and its organs. */
    MUNICIPAL("municipal"),
    /** a county or district and its organs. */
    COUNTY("county"),
    /** nothing tells the level. */
    UNKNOWN("unknown");

    private final String notation;

    PolicyLevel(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
