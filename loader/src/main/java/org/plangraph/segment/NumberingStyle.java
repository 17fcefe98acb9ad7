package org.plangraph.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.text.ChineseNumerals;

/**
 * The ways Chinese official documents number their parts. Which style sits at which depth is not
 * fixed; the parser learns it from the order in which styles first appear.
 */
enum NumberingStyle {
    CHAPTER("chapter", "^第([一二三四五六七八九十百零〇]+)章\\s*", "第%s章", Numerals.CHINESE),
    SECTION("section", "^第([一二三四五六七八九十百零〇]+)节\\s*", "第%s节", Numerals.CHINESE),
    ARTICLE("article", "^第([一二三四五六七八九十百零〇]+)条\\s*", "第%s条", Numerals.CHINESE),
    /** 第一,… 第二、… : an ordinal with its comma; 第一条, 第一批, 第一次 are articles and words, not this. */
    ORDINAL_COMMA("ordinal-comma", "^第([一二三四五六七八九十百零〇]+)\\s*[,、。]\\s*", "第%s", Numerals.CHINESE),
    CHINESE_COMMA("chinese-comma", "^([一二三四五六七八九十百零〇]+)\\s*[、.\uFE52\uFF0E]\\s*", "%s", Numerals.CHINESE),
    CHINESE_PAREN("chinese-paren", "^\\(([一二三四五六七八九十百零〇]+)\\)\\s*", "(%s)", Numerals.CHINESE),
    /**
     * 1. 1、 1﹒ 1．: the repair stage folds full-width ASCII (．) but not the small full stop ﹒. Digits
     * after the dot make a decimal (1.5亿元), except a year that opens the item's text (3.2024年底前…).
     */
    ARABIC("arabic", "^(\\d{1,3})\\s*[.、\uFE52\uFF0E](?!(?!\\d{4}年)[\\d%])\\s*", "%s", Numerals.ARABIC),
    ARABIC_PAREN("arabic-paren", "^\\((\\d{1,3})\\)\\s*", "(%s)", Numerals.ARABIC),
    ARABIC_HALF_PAREN("arabic-half-paren", "^(\\d{1,3})\\)\\s*", "%s)", Numerals.ARABIC),
    CIRCLED("circled", "^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*", "%s", Numerals.CIRCLED);

    /** How a style writes its numbers. */
    private enum Numerals {
        ARABIC, CHINESE, CIRCLED;

        int value(String digits) {
            return switch (this) {
                case ARABIC -> Integer.parseInt(digits);
                case CIRCLED -> digits.charAt(0) - '①' + 1;
                case CHINESE -> ChineseNumerals.parse(digits);
            };
        }
    }

    /** A numbering label found at the start of a line. */
    record Marker(NumberingStyle style, String label, int number, int length) {
    }

    private final String id;
    private final Pattern pattern;
    private final String labelFormat;

    private final Numerals numerals;

    NumberingStyle(String id, String regex, String labelFormat, Numerals numerals) {
        this.id = id;
        this.numerals = numerals;
        this.pattern = Pattern.compile(regex);
        this.labelFormat = labelFormat;
    }

    String id() {
        return id;
    }

    static Optional<Marker> match(String line) {
        for (NumberingStyle style : values()) {
            Matcher m = style.pattern.matcher(line);
            if (m.find()) {
                String digits = m.group(1);
                int number = style.numerals.value(digits);
                if (number <= 0) {
                    continue;
                }
                if (m.end() >= line.length()) {
                    // a bare label with nothing after it is not a numbered part
                    continue;
                }
                return Optional.of(new Marker(style, String.format(style.labelFormat, digits), number, m.end()));
            }
        }
        return Optional.empty();
    }
}
