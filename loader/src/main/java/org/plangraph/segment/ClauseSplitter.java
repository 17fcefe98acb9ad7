package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Clause;
import org.plangraph.model.ClauseKind;

/**
 * Splits a provision's text once into sentences and clauses, each of a kind: running text, a
 * responsibility note (with the other fields it carries), or a box (专栏) set in the measure. The
 * extractors read these clauses instead of splitting the text each on its own, so that a note never
 * leaks into a target and a target's clause never into a unit list.
 *
 * <p>Sentences end at 。；；！？ and line breaks, clauses at commas and colons — but not inside brackets,
 * 《》 or quotes, where a ; belongs to what is quoted or noted. A note is a sentence of its own.
 */
public final class ClauseSplitter {
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = ",，:：";
    private static final String OPENERS = "(（《〈“‘[【";
    private static final String CLOSERS = ")）》〉”’]】";

    private final ResponsibilityNotes notes;
    private final List<Pattern> boxHeadings;

    ClauseSplitter(ResponsibilityNotes notes, List<Pattern> boxHeadings) {
        this.notes = notes;
        this.boxHeadings = boxHeadings;
    }

    private static volatile ClauseSplitter standard;

    public static ClauseSplitter standard() {
        if (standard == null) {
            synchronized (ClauseSplitter.class) {
                if (standard == null) {
                    standard = new ClauseSplitter(ResponsibilityNotes.standard(),
                            DataFiles.readPatterns("cues/box-headings.txt"));
                }
            }
        }
        return standard;
    }

    /** The clauses of {@code text} between {@code from} and {@code to}, in text order (a note's fields after it). */
    public List<Clause> split(String text, int from, int to) {
        to = Math.min(to, text.length());
        from = Math.min(Math.max(0, from), to);
        int boxStart = boxStart(text, from, to);
        List<Clause> out = new ArrayList<>();
        List<ResponsibilityNotes.Note> found = notes.find(text, from, boxStart);
        int sentence = 0;
        int at = from;
        for (ResponsibilityNotes.Note note : found) {
            sentence = statements(text, at, note.start(), ClauseKind.STATEMENT, sentence, out);
            out.add(new Clause(note.kind(), sentence, note.start(), note.end(), note.contentStart(), note.contentEnd()));
            for (int[] field : note.fields()) {
                out.add(Clause.of(ClauseKind.NOTE_FIELD, sentence, field[0], field[1]));
            }
            sentence++;
            at = note.end();
        }
        sentence = statements(text, at, boxStart, ClauseKind.STATEMENT, sentence, out);
        statements(text, boxStart, to, ClauseKind.BOX, sentence, out);
        return out;
    }

    /** Where a box begins: the first line from {@code from} that opens like one (专栏1 …), else {@code to}. */
    private int boxStart(String text, int from, int to) {
        int line = from;
        while (line < to) {
            int lineEnd = text.indexOf('\n', line);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            int first = line;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            for (Pattern p : boxHeadings) {
                Matcher m = p.matcher(text).region(first, lineEnd);
                if (m.lookingAt()) {
                    return line;
                }
            }
            line = lineEnd + 1;
        }
        return to;
    }

    /** Adds the clauses of running text from {@code from} to {@code to}; returns the next sentence number. */
    private static int statements(String text, int from, int to, ClauseKind kind, int sentence, List<Clause> out) {
        int depth = 0;
        int clauseStart = from;
        boolean sentenceHasClause = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '\n') {
                // a line break ends brackets left open by the page, too
                depth = 0;
            }
            boolean sentenceBreak = SENTENCE_BREAKS.indexOf(c) >= 0 && (depth == 0 || c == '\n');
            boolean clauseBreak = depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0 && !thousandsSeparator(text, i);
            if (sentenceBreak || clauseBreak) {
                sentenceHasClause |= add(text, kind, sentence, clauseStart, i, out);
                clauseStart = i + 1;
                if (sentenceBreak && sentenceHasClause) {
                    sentence++;
                    sentenceHasClause = false;
                }
            }
        }
        sentenceHasClause |= add(text, kind, sentence, clauseStart, to, out);
        return sentenceHasClause ? sentence + 1 : sentence;
    }

    /** 1,250件: a comma between a digit and three digits (and no fourth) groups the digits of one number. */
    private static boolean thousandsSeparator(String text, int at) {
        if (text.charAt(at) != ',' || at == 0 || !Character.isDigit(text.charAt(at - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (at + k >= text.length() || !Character.isDigit(text.charAt(at + k))) {
                return false;
            }
        }
        return at + 4 >= text.length() || !Character.isDigit(text.charAt(at + 4));
    }

    private static boolean add(String text, ClauseKind kind, int sentence, int start, int end, List<Clause> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return false;
        }
        out.add(Clause.of(kind, sentence, start, end));
        return true;
    }
}
