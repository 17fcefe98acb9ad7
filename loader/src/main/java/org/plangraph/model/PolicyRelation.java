package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a document relates to a policy it names. */
public enum PolicyRelation implements Notation {
    /** it carries the policy out (根据, 贯彻落实, 按照 …): {@code eli:implements}. */
    IMPLEMENTS("implements"),
    /** it only names the policy: {@code eli:cites}. */
    CITES("cites");

    private final String notation;

    PolicyRelation(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
