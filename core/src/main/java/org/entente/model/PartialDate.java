package org.entente.model;

/** A date known to the year, month or day, as sources give them ("July 2001", "16 July 2001"). */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; returns null if it is none of them. */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        String[] p = text.strip().split("-");
        try {
            int y = Integer.parseInt(p[0]);
            Integer m = p.length > 1 ? Integer.valueOf(p[1]) : null;
            Integer d = p.length > 2 ? Integer.valueOf(p[2]) : null;
            if (p.length > 3 || (m != null && (m < 1 || m > 12)) || (d != null && (d < 1 || d > 31))) {
                return null;
            }
            return new PartialDate(y, m, d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
        }
        return c;
    }

    @Override
    public String toString() {
        if (month == null) {
            return Integer.toString(year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
