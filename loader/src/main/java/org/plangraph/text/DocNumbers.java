package org.plangraph.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号) in their standard form: issuer code, year in 〔〕, serial, 号.
 * {@code 中发202133号}, {@code 中发[2021]33号} and {@code 中发(2021)33号} all become {@code 中发〔2021〕33号};
 * masked numbers such as {@code 成府发〔20**〕83号} stay masked.
 */
public final class DocNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12}?(?:字)?)\\s*[〔\\[(（【]?\\s*((?:19|20)(?:\\d{2}|\\*\\*)|\\*{2,4})\\s*[〕\\])）】]?\\s*第?\\s*(\\d{1,4}|" + Withheld.DIGITS + ")\\s*号");

    private DocNumbers() {
    }

    /** The first document number in {@code text}, in standard form. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String code = m.group(1);
            if (code.length() < 2 && !code.equals("发")) {
                continue;
            }
            return Optional.of(code + "〔" + m.group(2) + "〕" + m.group(3) + "号");
        }
        return Optional.empty();
    }

    /** True if the whole of {@code text} is one document number, bare or in brackets (as databases print it under the title). */
    public static boolean isDocNumber(String text) {
        String s = text.strip();
        if (s.length() > 2 && (s.startsWith("(") && s.endsWith(")") || s.startsWith("（") && s.endsWith("）"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return NUMBER.matcher(s).matches();
    }
}
