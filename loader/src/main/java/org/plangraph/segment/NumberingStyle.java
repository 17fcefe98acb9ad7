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
    CHAPTER("chapter", "^第([一二三四五六七八九十百零〇]+)章\\s*", "第%s章"),
    SECTION("section", "^第([一二三四五六七八九十百零〇]+)节\\s*", "第%s节"),
    ARTICLE("article", "^第([一二三四五六七八九十百零〇]+)条\\s*", "第%s条"),
    CHINESE_COMMA("chinese-comma", "^([一二三四五六七八九十百零〇]+)\\s*[、.]\\s*", "%s"),
    CHINESE_PAREN("chinese-paren", "^\\(([一二三四五六七八九十百零〇]+)\\)\\s*", "(%s)"),
    ARABIC("arabic", "^(\\d{1,3})\\s*[.、](?![\\d%])\\s*", "%s"),
    ARABIC_PAREN("arabic-paren", "^\\((\\d{1,3})\\)\\s*", "(%s)"),
    ARABIC_HALF_PAREN("arabic-half-paren", "^(\\d{1,3})\\)\\s*", "%s)"),
    CIRCLED("circled", "^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*", "%s");

    /** A numbering label found at the start of a line. */
    record Marker(NumberingStyle style, String label, int number, int length) {
    }

    private final String id;
    private final Pattern pattern;
    private final String labelFormat;

    NumberingStyle(String id, String regex, String labelFormat) {
        this.id = id;
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
                int number = switch (style) {
                    case ARABIC, ARABIC_PAREN -> Integer.parseInt(digits);
                    case CIRCLED -> digits.charAt(0) - '①' + 1;
                    default -> ChineseNumerals.parse(digits);
                };
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
