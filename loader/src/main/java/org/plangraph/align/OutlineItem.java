package org.plangraph.align;

import java.util.List;

/**
 * One item of a national outline that a measure can carry out, as the reference data gives it.
 *
 * @param iri         the item's IRI in {@code ontology/reference/outlines.ttl}
 * @param id          its id as in the reference data ({@code (四)}, {@code 12}, {@code 三(一)})
 * @param title       its title
 * @param groupIri    the part (or, in the 2015—2020 outline, the section) it stands in
 * @param groupTitle  that part's or section's title
 * @param keyPhrases  what the item covers, in short phrases written for plangraph
 * @param order       its position in the outline, from 1
 */
public record OutlineItem(String iri, String id, String title, String groupIri, String groupTitle, List<String> keyPhrases,
        int order) {
    public OutlineItem {
        keyPhrases = List.copyOf(keyPhrases);
    }
}
