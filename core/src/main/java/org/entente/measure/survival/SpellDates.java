package org.entente.measure.survival;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates from ATOP's year, month and day fields. ATOP 5.1 codes every month; a day is missing in 14
 * alliances (13 ends, 1 start). The rule: a missing day is the 15th, the middle of the month
 * (the last day if the month is shorter); a missing month is July, the middle of the year. An end
 * year of 0 or none means the alliance was in effect at the end of coverage: it is censored on
 * {@link #COVERAGE_END}.
 */
public final class SpellDates {

    /** ATOP 5.1 codes alliances in effect up to 31 December 2018. */
    public static final LocalDate COVERAGE_END = LocalDate.of(2018, 12, 31);

    private SpellDates() {}

    /** The date, or null when there is no year. */
    public static LocalDate date(Integer year, Integer month, Integer day) {
        if (year == null || year <= 0) {
            return null;
        }
        int m = month == null || month < 1 || month > 12 ? 7 : month;
        YearMonth ym = YearMonth.of(year, m);
        int d = day == null || day < 1 ? 15 : day;
        return ym.atDay(Math.min(d, ym.lengthOfMonth()));
    }
}
