package org.plangraph.model;

import java.math.BigDecimal;

/**
 * A number a report gives as achieved.
 *
 * @param text      the words that state it, e.g. {@code 依法受理44件}
 * @param indicator what was counted
 * @param value     the number
 * @param unit      the unit as written
 * @param qualifier {@code exact}, {@code more-than} (余, 以上) or {@code approx} (约, 近)
 * @param year      the year reported on; null if unknown
 * @param span      where it stands in the source
 */
public record ReportedFigure(String text, String indicator, BigDecimal value, String unit, String qualifier, Integer year,
        TextSpan span) {
}
