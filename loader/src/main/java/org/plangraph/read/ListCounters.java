package org.plangraph.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counters of one Word list (nine levels) and the labels Word prints from them: a paragraph at a
 * level advances that level's counter and restarts the levels below it, unless a level says it never
 * restarts (the item numbers of a plan often run on across its {@code (一)(二)} headings).
 */
final class ListCounters {
    static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    /**
     * One level of a list definition.
     *
     * @param start        the first count
     * @param format       the numbering format, by its DOCX name ({@code decimal}, {@code chineseCounting} …)
     * @param text         the label template with {@code %1} … {@code %9} for the counts of levels 1 … 9
     * @param restartLimit a paragraph at a level (0-based) below this restarts this level; Word's default is the
     *                     level's own index (every level above restarts it); 0 means never restart
     * @param legal        legal numbering: counts of other levels print as decimal ({@code 1.1.1})
     * @param separated    Word prints a tab or space after the label (not "nothing")
     */
    record Level(int start, String format, String text, int restartLimit, boolean legal, boolean separated) {
    }

    private final int[] counts = new int[LEVELS];
    private final boolean[] started = new boolean[LEVELS];

    /** Makes the next paragraph at {@code level} count {@code value} (a list instance's start override). */
    void restartAt(int level, int value) {
        counts[level] = value - 1;
        started[level] = true;
    }

    /** Advances {@code level} and returns the label Word prints for it, with the separator that follows it. */
    String next(int level, Level[] levels) {
        int l = Math.max(0, Math.min(LEVELS - 1, level));
        Level def = levels[l];
        if (def == null) {
            return "";
        }
        counts[l] = started[l] ? counts[l] + 1 : def.start();
        started[l] = true;
        for (int deeper = l + 1; deeper < LEVELS; deeper++) {
            Level d = levels[deeper];
            int limit = d == null ? deeper : d.restartLimit();
            if (l < limit) {
                started[deeper] = false;
            }
        }
        if (ListNumberFormat.isBullet(def.format())) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(def.text() == null ? "" : def.text());
        StringBuilder label = new StringBuilder();
        while (m.find()) {
            int k = m.group(1).charAt(0) - '1';
            Level ref = levels[k];
            int count = k == l || started[k] ? counts[k] : ref == null ? 1 : ref.start();
            String format = ref == null ? "decimal" : k != l && def.legal() ? "decimal" : ref.format();
            m.appendReplacement(label, Matcher.quoteReplacement(ListNumberFormat.format(count, format)));
        }
        m.appendTail(label);
        return label + separator(label, def.separated());
    }

    /**
     * The tab or space Word prints after a label becomes one space; after a label that ends in
     * punctuation ({@code 一、} {@code (一)} {@code 1.}) nothing, as Chinese text prints it.
     */
    private static String separator(CharSequence label, boolean separated) {
        if (!separated || label.length() == 0) {
            return "";
        }
        return Character.isLetterOrDigit(label.charAt(label.length() - 1)) ? " " : "";
    }
}
