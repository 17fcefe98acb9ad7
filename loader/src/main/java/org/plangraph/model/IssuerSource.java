package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a document's issuers were read. */
public enum IssuerSource implements Notation {
    /** the signature at its end. */
    SIGNED("signed"),
    /** the notice that issues it. */
    INHERITED("inherited"),
    /** its title (X关于…的通知). */
    TITLE("title"),
    /** the red header above its title (X文件). */
    HEADER("header"),
    /** the web page's metadata: its issuer, else its publisher where that is an organ. */
    PAGE("page"),
    /** nothing names one: the government of its jurisdiction is presumed. */
    INFERRED("inferred");

    private final String notation;

    IssuerSource(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
