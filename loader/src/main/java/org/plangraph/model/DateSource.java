package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a document's date was read. */
public enum DateSource implements Notation {
    /** the date under its signature, or the written date a page states. */
    SIGNED("signed"),
    /** the notice that issues it. */
    INHERITED("inherited"),
    /** only a web page's posting date. */
    PUBLISHED("published");

    private final String notation;

    DateSource(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
