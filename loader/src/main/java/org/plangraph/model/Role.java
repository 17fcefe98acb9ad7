package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The part a unit plays in a task; each is a concept of the {@code role} scheme. */
public enum Role implements Notation {
    /** 牵头单位: the unit that leads. */
    LEAD("lead"),
    /** 责任单位, 配合单位, 参与单位: a unit responsible for the task or taking part in it. */
    RESPONSIBLE("responsible"),
    /** No note names a unit: the duty falls to the document's issuer. */
    ISSUER("issuer");

    private final String notation;

    Role(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
