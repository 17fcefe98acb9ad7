package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;

/**
 * When a target must be met, as precisely as the text says it: by a year (到2025年), by a month
 * (2024年6月), by a day (2023年底前 is by 2023-12-31), or by a day of every year (每年3月1日前). A
 * relative time limit (15日内, 5小时内) is not a deadline but the target's own number and unit.
 */
public sealed interface Deadline {
    /** Its XML Schema lexical form: {@code 2025}, {@code 2024-06}, {@code 2023-12-31}, {@code --03-01}. */
    @JsonValue
    String lexical();

    /** The last day it allows; none for a day of every year, which recurs. */
    java.util.Optional<LocalDate> lastDayAllowed();

    record ByYear(Year year) implements Deadline {
        public String lexical() {
            return year.toString();
        }

        public java.util.Optional<LocalDate> lastDayAllowed() {
            return java.util.Optional.of(year.atMonth(12).atEndOfMonth());
        }
    }

    record ByMonth(YearMonth month) implements Deadline {
        public String lexical() {
            return month.toString();
        }

        public java.util.Optional<LocalDate> lastDayAllowed() {
            return java.util.Optional.of(month.atEndOfMonth());
        }
    }

    record ByDate(LocalDate date) implements Deadline {
        public String lexical() {
            return date.toString();
        }

        public java.util.Optional<LocalDate> lastDayAllowed() {
            return java.util.Optional.of(date);
        }
    }

    record EveryYearBy(MonthDay day) implements Deadline {
        public String lexical() {
            return day.toString();
        }

        public java.util.Optional<LocalDate> lastDayAllowed() {
            return java.util.Optional.empty();
        }
    }

    /** The deadline an XML Schema lexical form ({@code 2025}, {@code 2024-06}, {@code 2023-12-31}, {@code --03-01}) gives. */
    static Deadline parse(String lexical) {
        if (lexical.startsWith("--")) {
            return new EveryYearBy(MonthDay.parse(lexical));
        }
        return switch (lexical.length()) {
            case 4 -> new ByYear(Year.parse(lexical));
            case 7 -> new ByMonth(YearMonth.parse(lexical));
            default -> new ByDate(LocalDate.parse(lexical));
        };
    }
}
