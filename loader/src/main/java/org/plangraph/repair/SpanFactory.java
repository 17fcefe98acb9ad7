package org.plangraph.repair;

import org.plangraph.model.TextSpan;

/** Makes {@link TextSpan}s of a repaired text: its words, the same words as printed, and their source offsets. */
public final class SpanFactory {
    private final RepairedText repaired;
    /** Code point offset of each UTF-16 index of the source, or null when the source has no surrogate pairs. */
    private final int[] codePointAt;

    public SpanFactory(RepairedText repaired) {
        this.repaired = repaired;
        String s = repaired.source().text();
        if (s.codePointCount(0, s.length()) == s.length()) {
            codePointAt = null;
        } else {
            codePointAt = new int[s.length() + 1];
            int cp = 0;
            for (int i = 0; i < s.length(); i++) {
                codePointAt[i] = cp;
                if (!Character.isLowSurrogate(s.charAt(i))) {
                    cp++;
                }
            }
            codePointAt[s.length()] = cp;
        }
    }

    public String repairedText() {
        return repaired.text();
    }

    /** The span of {@code repairedText()[start, end)}, white space at either end left out. */
    public TextSpan span(int start, int end) {
        String t = repaired.text();
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        int sourceStart = repaired.sourceStart(start);
        int sourceEnd = start >= end ? sourceStart : repaired.sourceEnd(end);
        return new TextSpan(t.substring(start, end), repaired.asRead(start, end), codePoints(sourceStart), codePoints(sourceEnd), start);
    }

    /** The span of {@code parent.text()[from, to)}. */
    public TextSpan within(TextSpan parent, int from, int to) {
        return span(parent.repairedStart() + from, parent.repairedStart() + to);
    }

    private int codePoints(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
