package org.plangraph.align;

/**
 * The outline a document's measures are aligned against and why.
 *
 * @param outline the outline
 * @param basis   {@code cited} (the document names it as implemented), {@code chain} (a document of
 *                the same file that issues or is issued with it names it) or {@code period} (none
 *                named: the outline in force in the document's period)
 */
public record OutlineChoice(Outline outline, String basis) {
    public static final String CITED = "cited";
    public static final String CHAIN = "chain";
    public static final String PERIOD = "period";

    /** Whether the outline was chosen from what the documents say rather than from dates. */
    public boolean stated() {
        return !PERIOD.equals(basis);
    }
}
