package org.entente.source.sipri;

import org.entente.source.BadInputException;

/**
 * Typed access to the fields of one record, each failure a {@link BadInputException} naming the
 * file, the line and the column. Numbers are read strictly: a TIV is digits with an optional
 * decimal part, so a cut-short or garbled value is not quietly read as something else.
 */
final class Cells {


    private final SipriCsv csv;
    private final SipriCsv.Row row;

    Cells(SipriCsv csv, SipriCsv.Row row) {
        this.csv = csv;
        this.row = row;
    }

    long line() {
        return row.line();
    }

    /** The field stripped of surrounding blanks; null when blank. */
    String text(int i) {
        String s = row.get(i).strip();
        return s.isEmpty() ? null : s;
    }

    String required(int i) {
        String s = text(i);
        if (s == null) {
            throw bad(i, "is blank; every record needs it");
        }
        return s;
    }

    /** A year of four digits; null when blank. */
    Integer year(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (!isYear(s)) {
            throw bad(i, "'" + s + "' is not a year");
        }
        return inRange(i, Integer.parseInt(s));
    }

    /** {@code year}, if it is one this file can hold (see {@link SipriCsv#latestYear()}). */
    private int inRange(int i, int year) {
        if (year < SipriCsv.EARLIEST_YEAR || year > csv.latestYear()) {
            throw bad(i, year + " is outside the years this file can hold (" + SipriCsv.EARLIEST_YEAR + "-"
                    + csv.latestYear() + ": up to " + SipriCsv.YEARS_PAST_GENERATION
                    + " years past the date the file was generated)");
        }
        return year;
    }

    /** A count of weapons; null when blank. */
    Integer count(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (!isCount(s)) {
            throw bad(i, "'" + s + "' is not a whole number");
        }
        return Integer.valueOf(s);
    }

    /** A TIV in millions; null when blank (SIPRI: no deliveries identified, or no data). */
    Double tiv(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (!isDecimal(s)) {
            throw bad(i, "'" + s + "' is not a TIV (a number such as 12 or 0.36)");
        }
        return Double.valueOf(s);
    }

    /** The classic register's '?' flag: true for '?', false for blank, an error otherwise. */
    boolean uncertain(int i) {
        if (i < 0) {
            return false;
        }
        String s = text(i);
        if (s == null) {
            return false;
        }
        if (!s.equals("?")) {
            throw bad(i, "'" + s + "' is neither '?' nor blank");
        }
        return true;
    }

    /** "Yes" / "No" of the detailed export; null when blank. */
    Boolean yesNo(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (s.equalsIgnoreCase("yes")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("no")) {
            return Boolean.FALSE;
        }
        throw bad(i, "'" + s + "' is neither Yes nor No");
    }

    /** A {@code "; "}-separated list of years, e.g. "1987; 1988"; null when blank. */
    int[] years(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        String[] parts = s.split(";");
        int[] years = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k].strip();
            if (!isYear(p)) {
                throw bad(i, "'" + p + "' in '" + s + "' is not a year (expected years separated by '; ')");
            }
            years[k] = inRange(i, Integer.parseInt(p));
        }
        return years;
    }

    // Hand-written rather than regular expressions: these run for every field of every line.

    static boolean isYear(String s) {
        return s.length() == 4 && digits(s, 0, 4);
    }

    static boolean isCount(String s) {
        return !s.isEmpty() && s.length() <= 9 && digits(s, 0, s.length());
    }

    /** Digits with an optional decimal part: "12", "0.36"; not "12.", ".5", "1e3" or "-1". */
    static boolean isDecimal(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) {
            return !s.isEmpty() && digits(s, 0, s.length());
        }
        return dot > 0 && dot < s.length() - 1 && digits(s, 0, dot) && digits(s, dot + 1, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    BadInputException bad(int i, String problem) {
        return new BadInputException(csv.file(), row.line(), csv.label(i), problem);
    }
}
