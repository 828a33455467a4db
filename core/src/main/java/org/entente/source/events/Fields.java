package org.entente.source.events;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.entente.source.BadInputException;

/**
 * Parses one field of an event file, or fails naming the file, line and field. Blank means absent
 * for the optional parsers; the required ones refuse it.
 */
final class Fields {

    private final Path file;

    Fields(Path file) {
        this.file = file;
    }

    BadInputException bad(long line, String field, String problem) {
        return new BadInputException(file, line, field, problem);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    String required(long line, String field, String value) {
        if (value == null || value.isBlank()) {
            throw bad(line, field, "is empty; every event needs one");
        }
        return value;
    }

    Integer optionalInt(long line, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw bad(line, field, "expected a whole number, found '" + value + "'");
        }
    }

    int requiredInt(long line, String field, String value) {
        return optionalInt(line, field, required(line, field, value));
    }

    Double optionalDouble(long line, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(line, field, "expected a number, found '" + value + "'");
        }
    }

    /** A Goldstein weight: a number from -10 to +10 (Goldstein 1992). */
    double goldstein(long line, String field, String value) {
        double g = optionalDouble(line, field, required(line, field, value));
        if (g < -10 || g > 10) {
            throw bad(line, field, "a Goldstein value runs from -10 to +10, found " + value);
        }
        return g;
    }

    int quadClass(long line, String field, String value) {
        int q = requiredInt(line, field, value);
        if (q < 1 || q > 4) {
            throw bad(line, field, "QuadClass is 1, 2, 3 or 4, found " + value);
        }
        return q;
    }

    Boolean optionalFlag(long line, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw bad(line, field, "expected 0 or 1, found '" + value + "'");
        };
    }

    /** GDELT's SQLDATE and the reduced format's Date: YYYYMMDD. */
    LocalDate yyyymmdd(long line, String field, String value) {
        String v = required(line, field, value).strip();
        if (v.length() != 8 || !digits(v)) {
            throw bad(line, field, "expected a date as YYYYMMDD, found '" + value + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw bad(line, field, "no such date: '" + value + "'");
        }
        return inRange(line, field, date);
    }

    /** Event data reaches back into the 20th century at most (GDELT's from 1979) and cannot be from the future. */
    private LocalDate inRange(long line, String field, LocalDate date) {
        LocalDate latest = LocalDate.now().plusYears(1);
        if (date.getYear() < 1900 || date.isAfter(latest)) {
            throw bad(line, field, date + " is outside the dates event data can hold (1900 to " + latest
                    + ": an event is reported after it happens)");
        }
        return date;
    }

    /** ICEWS's Event Date: YYYY-MM-DD. */
    LocalDate isoDate(long line, String field, String value) {
        String v = required(line, field, value).strip();
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw bad(line, field, "expected a date as YYYY-MM-DD, found '" + value + "'");
        }
        return inRange(line, field, date);
    }

    /** GDELT's DATEADDED: YYYYMMDD in 1.0, YYYYMMDDHHMMSS in 2.0. */
    LocalDateTime dateAdded(long line, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if ((v.length() != 8 && v.length() != 14) || !digits(v)) {
            throw bad(line, field, "expected YYYYMMDD or YYYYMMDDHHMMSS, found '" + value + "'");
        }
        try {
            LocalDate d = yyyymmdd(line, field, v.substring(0, 8));
            if (v.length() == 8) {
                return d.atStartOfDay();
            }
            return d.atTime(Integer.parseInt(v.substring(8, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw bad(line, field, "no such time: '" + value + "'");
        }
    }

    /** A CAMEO event code: two to four digits, its first two a root from 01 to 20. */
    String cameoCode(long line, String field, String value) {
        String v = required(line, field, value).strip();
        if (v.length() < 2 || v.length() > 4 || !digits(v)) {
            throw bad(line, field, "expected a CAMEO event code of 2 to 4 digits, found '" + value + "'");
        }
        int root = Integer.parseInt(v.substring(0, 2));
        if (root < 1 || root > 20) {
            throw bad(line, field, "CAMEO root codes run from 01 to 20, found '" + value + "'");
        }
        return v;
    }

    static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
