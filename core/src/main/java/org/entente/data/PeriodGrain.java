package org.entente.data;

import java.util.Locale;

/**
 * How finely an event series is cut in time. Labels sort as text in time order: {@code 2012-03},
 * {@code 2012-Q1}, {@code 2012}.
 */
public enum PeriodGrain {
    MONTH, QUARTER, YEAR;

    public String label(int year, int month) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, (month + 2) / 3);
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
        };
    }

    /**
     * The same label as a SQL expression over integer year and month columns, written in the SQL that
     * DuckDB and Spark SQL both accept, so both engines label periods alike.
     */
    public String sql(String year, String month) {
        String y = "lpad(CAST(" + year + " AS STRING), 4, '0')";
        return switch (this) {
            case MONTH -> y + " || '-' || lpad(CAST(" + month + " AS STRING), 2, '0')";
            case QUARTER -> y + " || '-Q' || CASE WHEN " + month + " <= 3 THEN '1' WHEN " + month
                    + " <= 6 THEN '2' WHEN " + month + " <= 9 THEN '3' ELSE '4' END";
            case YEAR -> y;
        };
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
