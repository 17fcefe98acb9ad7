package org.plangraph.align;

import java.util.HashMap;
import java.util.Map;

/**
 * Character bigrams of Chinese text, the terms the align stage compares: Chinese has no spaces, and
 * overlapping bigrams match a word however a plan splits or extends it (优化法治化营商环境 and
 * 营商环境 share 营商, 商环, 环境). Bigrams do not cross punctuation, so a sentence's end and the next
 * one's start make no term.
 */
public final class CharacterBigrams {
    private CharacterBigrams() {
    }

    /** Each bigram of {@code text} with how often it occurs, times {@code weight}. */
    public static Map<String, Double> count(String text, double weight) {
        Map<String, Double> out = new HashMap<>();
        addTo(out, text, weight);
        return out;
    }

    /** Adds the bigrams of {@code text}, each weighted {@code weight}, to {@code counts}. */
    public static void addTo(Map<String, Double> counts, String text, double weight) {
        if (text == null) {
            return;
        }
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!isTermCharacter(cp)) {
                previous = -1;
                continue;
            }
            int c = Character.toLowerCase(cp);
            if (previous >= 0) {
                counts.merge(new StringBuilder().appendCodePoint(previous).appendCodePoint(c).toString(), weight, Double::sum);
            }
            previous = c;
        }
    }

    /** Letters and digits of any script; punctuation, space and symbols break a run. */
    static boolean isTermCharacter(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '+';
    }
}
