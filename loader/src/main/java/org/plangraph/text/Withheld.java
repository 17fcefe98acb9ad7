package org.plangraph.text;

import java.util.regex.Pattern;

/**
 * Parts of a name or number that a publisher withheld by printing asterisks: {@code **市} for a city,
 * {@code 成府发〔20**〕83号} for a document number. One place for the rule, so that every stage treats
 * a withheld part alike: it decides no identity and names no jurisdiction.
 */
public final class Withheld {
    /** A place printed as asterisks and its level: {@code **市}, {@code *县}. */
    public static final Pattern PLACE = Pattern.compile("\\*+[省市县区州]");
    /** A withheld run of digits in a document number, as {@link DocNumbers} reads it. */
    public static final String DIGITS = "\\*{1,4}";

    private Withheld() {
    }

    /** True if part of {@code text} is withheld. */
    public static boolean in(String text) {
        return text != null && text.indexOf('*') >= 0;
    }
}
