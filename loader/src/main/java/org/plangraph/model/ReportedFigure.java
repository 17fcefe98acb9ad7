package org.plangraph.model;

import java.math.BigDecimal;

/**
 * A number a report gives as achieved.
 *
 * @param text          the words that state it, e.g. {@code 依法受理44件}
 * @param indicator     what was counted; null if the text does not say
 * @param value         the number
 * @param unit          the unit's label in the unit scheme (names its concept)
 * @param unitAsPrinted the unit as the report prints it
 * @param qualifier     exact, more-than (余, 以上) or approx (约, 近)
 * @param change        what makes it a change from a base period (同比增长), its value then signed; null for a level
 * @param year          the year reported on; null if unknown
 * @param span          where it stands in the source
 */
public record ReportedFigure(String text, String indicator, BigDecimal value, String unit, String unitAsPrinted,
        FigureQualifier qualifier, Change change, Integer year, TextSpan span) {
}
