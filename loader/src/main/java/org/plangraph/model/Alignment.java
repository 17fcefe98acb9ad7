package org.plangraph.model;

import java.util.List;

/**
 * One measure aligned to one item of a national outline (an SSSOM mapping), made by the align stage
 * or confirmed by a curator.
 *
 * @param documentKey    the key of the measure's document in its file
 * @param measurePath    the measure's numbering path ({@code 二/(一)/1})
 * @param measureStart   where the measure starts (code points in the source), which tells two measures of
 *                       one path apart
 * @param outlineIri     the outline aligned against
 * @param outlineNumber  its document number (中发〔2021〕33号)
 * @param itemIri        the item
 * @param itemId         the item's id as in the reference data ({@code (四)}, {@code 12}, {@code 三(一)})
 * @param itemTitle      the item's title
 * @param rank           1 for the measure's best item, then 2, 3 …
 * @param score          similarity between 0 and 1 (1 for a curator's confirmation)
 * @param confidence     {@code high}, {@code medium} or {@code low}
 * @param method         the method's name; {@code curation} for a curator's confirmation
 * @param methodVersion  the method's version
 * @param justification  the semapv term: {@code semapv:LexicalMatching} or {@code semapv:ManualMappingCuration}
 * @param basis          why this outline: {@code cited}, {@code chain}, {@code period} or {@code curated}
 * @param evidence       the measure's sentence that best matches the item; null when the measure has none
 * @param matchedPhrases the item's key phrases (or title) found in the measure's text
 */
public record Alignment(String documentKey, String measurePath, int measureStart, String outlineIri, String outlineNumber,
        String itemIri, String itemId, String itemTitle, int rank, double score, String confidence, String method,
        String methodVersion, String justification, String basis, TextSpan evidence, List<String> matchedPhrases) {
    public static final String LEXICAL = "semapv:LexicalMatching";
    public static final String CURATED = "semapv:ManualMappingCuration";

    public Alignment {
        matchedPhrases = List.copyOf(matchedPhrases);
    }

    public Alignment withRank(int newRank) {
        return new Alignment(documentKey, measurePath, measureStart, outlineIri, outlineNumber, itemIri, itemId, itemTitle, newRank,
                score, confidence, method, methodVersion, justification, basis, evidence, matchedPhrases);
    }
}
