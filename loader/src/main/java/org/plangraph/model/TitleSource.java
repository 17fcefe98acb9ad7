package org.plangraph.model;

/** Where a document's title comes from. */
public enum TitleSource {
    /** Printed in the document's text. */
    PRINTED("printed"),
    /** Stated by the publisher around the text: a page's metadata block, its article-title tag or {@code <title>}. */
    PAGE("page"),
    /** Nothing prints one: made from the document's place, period and kind, and marked {@code pg:titleInferred}. */
    INFERRED("inferred");

    private final String label;

    TitleSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
