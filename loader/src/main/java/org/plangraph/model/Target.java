package org.plangraph.model;

import java.math.BigDecimal;

/**
 * A quantified or time-bound commitment.
 *
 * @param text       the words that state it
 * @param indicator  what is measured, e.g. {@code 行政复议案件依法受理率}
 * @param comparator {@code >=}, {@code >}, {@code =}, {@code <=}, {@code <}; null where there is no number
 * @param value      the number; null for a deadline or frequency without one
 * @param unit       the unit as written (%, 个, 次, 日 …); null where there is no number
 * @param deadline   {@code 2025}, {@code 2023-12-31} or a yearly {@code --03-01}; null if none
 * @param frequency  {@code per-year} etc.; null if none
 * @param span       where it stands in the source
 */
public record Target(String text, String indicator, String comparator, BigDecimal value, String unit, String deadline,
        String frequency, TextSpan span) {
}
