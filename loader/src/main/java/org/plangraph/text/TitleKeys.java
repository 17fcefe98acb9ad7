package org.plangraph.text;

/**
 * Keys for comparing titles and names as printed in different documents: brackets, dashes, quotes,
 * width and spacing folded (the script is already simplified by then).
 */
public final class TitleKeys {
    private TitleKeys() {
    }

    public static String key(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            switch (c) {
                case '《', '》', '〈', '〉', '<', '>', '“', '”', '"', '\'', '‘', '’', '「', '」', '『', '』', ' ', '\t', '\u3000', '\u00a0' -> {
                }
                case '—', '–', '―', '－', '‐', '~', '～', '至' -> out.append('-');
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                case '〔', '［', '[', '【' -> out.append('(');
                case '〕', '］', ']', '】' -> out.append(')');
                default -> out.append(c);
            }
        }
        return out.toString().replace("--", "-");
    }

    /** A title without the 《》 that mark it, and with 〈〉 inside it kept as printed. */
    public static String withoutTitleMarks(String title) {
        return title.replace("《", "").replace("》", "");
    }

    /** The title with the contents of 《》〈〉<> left out, so that a named work does not decide its kind. */
    public static String withoutQuotedTitles(String title) {
        return title.replaceAll("《[^》]*》|〈[^〉]*〉|<[^>]*>", "");
    }

    /** An issuer written as a bare level word, as in 省、市《X》 or 市《X》. */
    private static final java.util.regex.Pattern BARE_LEVEL = java.util.regex.Pattern.compile("[省市县区]");

    /**
     * The key of a policy's title, told apart by level where its issuer is a bare level word: 省、市《X》
     * names the province's X and the city's X, two policies of one title.
     */
    public static String keyAtLevel(String title, String issuer, String levelNotation) {
        String key = key(title);
        return issuer != null && BARE_LEVEL.matcher(issuer).matches() ? key + "|" + levelNotation : key;
    }
}
