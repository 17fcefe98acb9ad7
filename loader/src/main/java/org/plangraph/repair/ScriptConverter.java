package org.plangraph.repair;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional → simplified, one character at a time, with ICU4J's maintained mapping. Converting
 * per character keeps every output character tied to the source character it came from, which the
 * spans in the graph rely on.
 */
public final class ScriptConverter {
    private static final ScriptConverter INSTANCE = new ScriptConverter();

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    private final ConcurrentHashMap<Integer, String> cache = new ConcurrentHashMap<>();

    public static ScriptConverter instance() {
        return INSTANCE;
    }

    /** The simplified form of one code point: usually one character, never null. */
    public String simplify(int codePoint) {
        if (codePoint < 0x2E80) {
            return new String(Character.toChars(codePoint));
        }
        return cache.computeIfAbsent(codePoint, cp -> {
            synchronized (toSimplified) {
                return toSimplified.transliterate(new String(Character.toChars(cp)));
            }
        });
    }

    /** The simplified form of a whole string. */
    public String simplify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(simplify(cp)));
        return out.toString();
    }
}
