package org.plangraph.repair;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Traditional → simplified, one character at a time, with ICU4J's maintained mapping. Converting
 * per character keeps every output character tied to the source character it came from, which the
 * spans in the graph rely on.
 *
 * <p>Every character of every file and of every indexed passage comes through here, and ICU's
 * transliterator is slow and not safe for concurrent use: each character is converted once, and the
 * answers for the Basic Multilingual Plane are kept in a table indexed by the character, so the
 * common case is an array read.
 */
public final class ScriptConverter {
    private static final ScriptConverter INSTANCE = new ScriptConverter();
    /** Below the CJK radicals nothing is traditional: no lookup at all. */
    private static final int FIRST_CJK = 0x2E80;
    private static final int BMP_END = 0x10000;

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final AtomicReferenceArray<String> bmp = new AtomicReferenceArray<>(BMP_END - FIRST_CJK);
    private final ConcurrentHashMap<Integer, String> supplementary = new ConcurrentHashMap<>();

    public static ScriptConverter instance() {
        return INSTANCE;
    }

    /** The simplified form of one code point: usually one character, never null. */
    public String simplify(int codePoint) {
        if (codePoint < FIRST_CJK) {
            return Character.toString(codePoint);
        }
        if (codePoint < BMP_END) {
            String known = bmp.get(codePoint - FIRST_CJK);
            if (known == null) {
                known = transliterated(codePoint);
                bmp.set(codePoint - FIRST_CJK, known);
            }
            return known;
        }
        return supplementary.computeIfAbsent(codePoint, this::transliterated);
    }

    /** The simplified form of a whole string: the string itself where nothing in it changes. */
    public String simplify(String text) {
        int firstChange = 0;
        while (firstChange < text.length()) {
            int cp = text.codePointAt(firstChange);
            if (changes(cp)) {
                break;
            }
            firstChange += Character.charCount(cp);
        }
        if (firstChange == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, firstChange);
        for (int i = firstChange; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < FIRST_CJK) {
                out.appendCodePoint(cp);
            } else {
                out.append(simplify(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * The simplified form of C where it is one character of the Basic Plane too, as it is for all but
     * a few rare characters (whose simplified form lies outside it); C itself otherwise. What a filter
     * that rewrites text in place, keeping every offset, can use.
     */
    public char oneForOne(char c) {
        if (c < FIRST_CJK || Character.isSurrogate(c)) {
            return c;
        }
        String simplified = simplify((int) c);
        return simplified.length() == 1 ? simplified.charAt(0) : c;
    }

    /** Whether the code point is written otherwise in simplified script. */
    public boolean changes(int codePoint) {
        if (codePoint < FIRST_CJK) {
            return false;
        }
        String simplified = simplify(codePoint);
        return simplified.length() != Character.charCount(codePoint) || simplified.codePointAt(0) != codePoint;
    }

    private String transliterated(int codePoint) {
        synchronized (toSimplified) {
            return toSimplified.transliterate(Character.toString(codePoint));
        }
    }
}
