package org.plangraph.model;

/**
 * Something in a file that looked like structure but that the pipeline did not use: what a user
 * checks first when a document's graph has less in it than the document.
 *
 * @param kind        what was not understood
 * @param documentKey the document it was found in ({@link Document#key()})
 * @param text        the line or stretch, as read (repaired text)
 * @param span        where it stands in the source file
 */
public record Finding(Kind kind, String documentKey, String text, TextSpan span) {
    public enum Kind {
        /** A bracketed responsibility note, (牵头单位:…) or (…牵头), that no task took its units from. */
        UNREAD_NOTE,
        /** A table row (cells separated by TAB) outside every numbered part. */
        UNRECOGNISED_TABLE,
        /** A line that opens with a numbering label but is no part of the document's hierarchy. */
        NUMBERED_LINE_OUTSIDE_HIERARCHY,
        /** A document without a printed title; its title was made up from its text. */
        NO_TITLE
    }
}
