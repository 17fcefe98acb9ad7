package org.plangraph.model;

/**
 * What a clause of a provision says, decided once by the segment stage so that each extractor reads
 * only the clauses that are its own.
 */
public enum ClauseKind {
    /** Running text: what a task does, its targets, the policies it names. */
    STATEMENT,
    /** A responsibility note with role labels: {@code (牵头单位:A;责任单位:B)}, {@code 责任单位:C} on its own line. */
    LABELLED_NOTE,
    /** A responsibility note in words: {@code (省发展改革委牵头,省财政厅配合)}. */
    VERB_NOTE,
    /** A field of a labelled note that is not a unit list ({@code 完成时限:2024年12月底前}); lies inside its note. */
    NOTE_FIELD,
    /** Text of a box (专栏) set in a measure: the document's programme, not the measure's own words. */
    BOX
}
