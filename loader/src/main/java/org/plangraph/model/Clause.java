package org.plangraph.model;

/**
 * A clause of a provision's text, as offsets into {@link Provision#text()}: a stretch between
 * commas or colons, a whole responsibility note, a note's other field, or a clause of a box.
 * Sentences (ended by 。；！？ or a line break outside brackets and quotes) are numbered so that the
 * clauses of one sentence are read together; a note is a sentence of its own.
 *
 * @param kind         what the clause says, and so which extractor reads it
 * @param sentence     the number of its sentence in the provision, from 0
 * @param start        its first character
 * @param end          one past its last character
 * @param contentStart where its content starts: inside a note's brackets, after a field's label; else {@code start}
 * @param contentEnd   where its content ends; else {@code end}
 */
public record Clause(ClauseKind kind, int sentence, int start, int end, int contentStart, int contentEnd) {
    public Clause {
        if (start < 0 || end < start || contentStart < start || contentEnd > end || contentEnd < contentStart) {
            throw new IllegalArgumentException("clause bounds out of order: " + start + " " + contentStart + " " + contentEnd + " " + end);
        }
    }

    public static Clause of(ClauseKind kind, int sentence, int start, int end) {
        return new Clause(kind, sentence, start, end, start, end);
    }

    public boolean isNote() {
        return kind == ClauseKind.LABELLED_NOTE || kind == ClauseKind.VERB_NOTE;
    }
}
