package org.entente.source.sipri;

import java.util.regex.Pattern;

import org.entente.source.BadInputException;

/**
 * Typed access to the fields of one record, each failure a {@link BadInputException} naming the
 * file, the line and the column. Numbers are read strictly: a TIV is digits with an optional
 * decimal part, so a cut-short or garbled value is not quietly read as something else.
 */
final class Cells {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
        if (!YEAR.matcher(s).matches()) {
            throw bad(i, "'" + s + "' is not a year");
        }
        return Integer.valueOf(s);
    }

    /** A count of weapons; null when blank. */
    Integer count(int i) {
        String s = text(i);
        if (s == null) {
            return null;
        }
        if (!COUNT.matcher(s).matches()) {
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
        if (!DECIMAL.matcher(s).matches()) {
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
            if (!YEAR.matcher(p).matches()) {
                throw bad(i, "'" + p + "' in '" + s + "' is not a year (expected years separated by '; ')");
            }
            years[k] = Integer.parseInt(p);
        }
        return years;
    }

    BadInputException bad(int i, String problem) {
        return new BadInputException(csv.file(), row.line(), csv.label(i), problem);
    }
}
