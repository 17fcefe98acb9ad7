package org.plangraph.repair;

import org.plangraph.read.PageMetadata;
import org.plangraph.read.SourceText;

/**
 * The text the later stages analyse: web-page chrome, junk and pinyin glosses removed, punctuation
 * folded to one width, blank lines dropped, and in simplified script. Every character remembers the
 * source character it came from, so any stretch of it can be given back as printed, with its span.
 *
 * @param source      the text as read
 * @param text        the repaired text; lines end with {@code \n}
 * @param sourceIndex for each index of {@code text}, the index of the source character it came from
 * @param script      the script the source is printed in
 * @param page        facts stated by the web page around the document
 */
public record RepairedText(SourceText source, String text, int[] sourceIndex, Script script, PageMetadata page) {

    /** The source span, in UTF-16 indices of the source text, of {@code text[start, end)}. */
    public int sourceStart(int start) {
        return start >= text.length() ? source.text().length() : sourceIndex[start];
    }

    public int sourceEnd(int end) {
        return end <= 0 ? 0 : sourceIndex[end - 1] + Character.charCount(source.text().codePointAt(sourceIndex[end - 1]));
    }

    /** The source text of {@code text[start, end)} exactly as printed (including anything repair removed inside it). */
    public String asRead(int start, int end) {
        if (start >= end) {
            return "";
        }
        return source.text().substring(sourceStart(start), sourceEnd(end));
    }
}
