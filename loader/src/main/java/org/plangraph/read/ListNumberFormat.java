package org.plangraph.read;

import java.util.Locale;
import java.util.Map;

/**
 * How Word prints a list counter in each numbering format ({@code w:numFmt} in DOCX, the {@code nfc}
 * code in DOC): 3 as {@code 3}, {@code 三}, {@code 叁}, {@code 丙}, {@code ③}, {@code iii} … The segmenter
 * reads the printed labels, so a Word-numbered list must come out exactly as Word shows it.
 */
final class ListNumberFormat {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
    private static final String FULL_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

    /** The DOC format codes ({@code nfc}, [MS-DOC] 2.9.143) that have a DOCX name; others print as decimal. */
    private static final Map<Integer, String> DOC_CODES = Map.ofEntries(
            Map.entry(0, "decimal"), Map.entry(1, "upperRoman"), Map.entry(2, "lowerRoman"), Map.entry(3, "upperLetter"),
            Map.entry(4, "lowerLetter"), Map.entry(5, "ordinal"), Map.entry(14, "decimalFullWidth"),
            Map.entry(18, "decimalEnclosedCircle"), Map.entry(19, "decimalFullWidth2"), Map.entry(22, "decimalZero"),
            Map.entry(23, "bullet"), Map.entry(26, "decimalEnclosedFullstop"), Map.entry(27, "decimalEnclosedParen"),
            Map.entry(28, "decimalEnclosedCircleChinese"), Map.entry(29, "ideographEnclosedCircle"),
            Map.entry(30, "ideographTraditional"), Map.entry(31, "ideographZodiac"), Map.entry(33, "taiwaneseCounting"),
            Map.entry(34, "ideographLegalTraditional"), Map.entry(35, "taiwaneseCountingThousand"),
            Map.entry(36, "taiwaneseDigital"), Map.entry(37, "chineseCounting"), Map.entry(38, "chineseLegalSimplified"),
            Map.entry(39, "chineseCountingThousand"), Map.entry(10, "japaneseCounting"), Map.entry(11, "japaneseLegal"),
            Map.entry(16, "japaneseDigitalTenThousand"), Map.entry(255, "none"));

    private ListNumberFormat() {
    }

    /** The DOCX name of a DOC format code. */
    static String ofDocCode(int nfc) {
        return DOC_CODES.getOrDefault(nfc, "decimal");
    }

    /** True for formats that print a symbol rather than a count; such lists print no label plangraph keeps. */
    static boolean isBullet(String format) {
        return "bullet".equals(format);
    }

    /** The counter {@code n} (from 1, or 0 where a list starts there) as Word prints it in {@code format}. */
    static String format(int n, String format) {
        String f = format == null ? "decimal" : format;
        return switch (f) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "ordinal" -> n + ordinalSuffix(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "koreanCounting" -> chineseCounting(n, DIGITS, "十", "百", "千");
            case "chineseLegalSimplified" -> chineseCounting(n, LEGAL_DIGITS, "拾", "佰", "仟");
            case "ideographLegalTraditional", "japaneseLegal" -> chineseCounting(n, "零壹貳參肆伍陸柒捌玖", "拾", "佰", "仟");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cycle(n, HEAVENLY_STEMS);
            case "ideographZodiac" -> cycle(n, EARTHLY_BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> enclosed(n, CIRCLED);
            case "decimalEnclosedParen" -> enclosed(n, PARENTHESIZED);
            case "decimalEnclosedFullstop" -> enclosed(n, FULL_STOPPED);
            default -> Integer.toString(n);
        };
    }

    /** Chinese counting as Word prints it: 10 十, 11 十一, 20 二十, 105 一百零五. */
    private static String chineseCounting(int n, String digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {thousand, hundred, ten, ""};
        StringBuilder b = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                pendingZero = b.length() > 0;
                continue;
            }
            if (pendingZero) {
                b.append(digits.charAt(0));
                pendingZero = false;
            }
            // 十一, not 一十一, when the count starts with the tens
            if (!(i == 2 && d == 1 && b.length() == 0)) {
                b.append(digits.charAt(d));
            }
            b.append(units[i]);
        }
        return b.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String cycle(int n, String symbols) {
        return n <= 0 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append((char) (c + 0xFEE0));
        }
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(symbols[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }

    /** Word's letters: a … z, then aa … zz (the letter repeated), not spreadsheet columns. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String ordinalSuffix(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
