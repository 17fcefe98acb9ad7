package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the achieved value must relate to a target's number. */
public enum Comparator implements Notation {
    AT_LEAST(">=", "ge"),
    MORE_THAN(">", "gt"),
    EXACTLY("=", "eq"),
    AT_MOST("<=", "le"),
    LESS_THAN("<", "lt"),
    /** 左右, 约: about the number, neither a floor nor a ceiling. */
    ABOUT("≈", "approx");

    private final String symbol;
    private final String notation;

    Comparator(String symbol, String notation) {
        this.symbol = symbol;
        this.notation = notation;
    }

    /** As the cue files and the named queries write it: {@code >=}, {@code ≈} … */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** The local name of its concept in the comparator scheme of {@code ontology/schemes.ttl}. */
    @Override
    public String notation() {
        return notation;
    }

    public static Comparator ofSymbol(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a comparator: " + symbol + " (one of >=, >, =, <=, <, ≈)");
    }
}
