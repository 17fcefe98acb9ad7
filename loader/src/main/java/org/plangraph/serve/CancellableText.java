package org.plangraph.serve;

/**
 * The text a regular expression runs over, checking the query's deadline as the matcher reads it:
 * {@code java.util.regex} never looks at a timeout or an interrupt, and a backtracking pattern
 * such as {@code (.*a){12}$} reads characters for minutes inside one evaluation.
 */
final class CancellableText implements CharSequence {
    /** Reads between two looks at the clock: a look costs about as much as a few hundred reads. */
    private static final int READS_PER_CHECK = 4096;

    private final String text;
    private final QueryDeadline deadline;
    private int readsUntilCheck = READS_PER_CHECK;

    CancellableText(String text, QueryDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (--readsUntilCheck <= 0) {
            readsUntilCheck = READS_PER_CHECK;
            deadline.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** Groups and replacements copy out of the text; they are not matched against again. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
