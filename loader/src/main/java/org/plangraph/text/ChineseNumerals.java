package org.plangraph.text;

/** Values of Chinese numerals as used in numbering: 一 … 十 … 二十二 … 一百零五. */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a Chinese numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit >= 0) {
            section += digit;
        }
        total += section;
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }
}
