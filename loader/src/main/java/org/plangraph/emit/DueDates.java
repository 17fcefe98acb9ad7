package org.plangraph.emit;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The last day a deadline allows, as a date ({@code pg:dueBy}), so that deadlines written as a year,
 * a month or a day compare and sort as dates: 2025 → 2025-12-31, 2024-06 → 2024-06-30, 2024-09-30
 * itself. A recurring day of the year (--03-01) has none: it falls due every year, and no single day
 * is the last it allows.
 */
public final class DueDates {
    private DueDates() {
    }

    public static Optional<LocalDate> lastDayAllowed(String deadline) {
        if (deadline == null || deadline.startsWith("--")) {
            return Optional.empty();
        }
        try {
            return switch (deadline.length()) {
                case 4 -> Optional.of(Year.parse(deadline).atMonth(12).atEndOfMonth());
                case 7 -> Optional.of(YearMonth.parse(deadline).atEndOfMonth());
                default -> Optional.of(LocalDate.parse(deadline));
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("deadline is neither a year, a month, a date nor a recurring day: " + deadline, e);
        }
    }
}
