package org.plangraph.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese documents print them: 2023年9月14日, 2023-09-14, 2023/9/14, 二〇二三年九月十四日. */
public final class DateParser {
    private static final Pattern ARABIC = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern CHINESE = Pattern.compile("([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ARABIC.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = CHINESE.matcher(text);
        if (m.find()) {
            return date(chineseDigits(m.group(1)), ChineseNumerals.parse(m.group(2)), ChineseNumerals.parse(m.group(3)));
        }
        return Optional.empty();
    }

    /** True if the whole (trimmed) line is a date, as a signature date line is. */
    public static boolean isDateLine(String line) {
        String s = line.strip();
        return (ARABIC.matcher(s).matches() || CHINESE.matcher(s).matches()) && parse(s).isPresent();
    }

    private static int chineseDigits(String s) {
        int value = 0;
        for (char c : s.toCharArray()) {
            value = value * 10 + switch (c) {
                case '〇', '零', '○', 'Ｏ' -> 0;
                default -> ChineseNumerals.parse(String.valueOf(c));
            };
        }
        return value;
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
