package org.plangraph.align;

import java.util.List;

/**
 * A national outline with the items a measure can be aligned to (its leaves: parts and sections only
 * group them).
 *
 * @param iri          the outline's IRI in the reference data
 * @param docNumber    its document number (中发〔2021〕33号); null if the reference data gives none
 * @param title        its title
 * @param periodStart  the first year it covers
 * @param periodEnd    the last year it covers
 * @param items        its items in outline order
 */
public record Outline(String iri, String docNumber, String title, int periodStart, int periodEnd, List<OutlineItem> items) {
    public Outline {
        items = List.copyOf(items);
    }

    /** Whether {@code year} falls in the outline's period. */
    public boolean covers(int year) {
        return periodStart <= year && year <= periodEnd;
    }
}
