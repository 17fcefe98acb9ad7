package org.plangraph.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number of a target or a figure, with its unit: present together or not at all.
 *
 * @param comparator    how the achieved value must relate to it (targets; {@link Comparator#EXACTLY} for figures)
 * @param value         the number
 * @param unit          the unit's label in the unit scheme of {@code ontology/schemes.ttl}, which names its concept
 *                      ({@code 名} and {@code 人} are one concept; {@code 名次} is a rank)
 * @param unitAsPrinted the unit as the document prints it ({@code 名}, {@code 万个})
 * @param kind          what the unit measures
 */
public record Amount(Comparator comparator, BigDecimal value, String unit, String unitAsPrinted, UnitKind kind) {
    public Amount {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitAsPrinted, "unitAsPrinted");
        Objects.requireNonNull(kind, "kind");
    }
}
