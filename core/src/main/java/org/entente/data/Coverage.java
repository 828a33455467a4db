package org.entente.data;

/**
 * The years a dataset speaks for. Inside them an absent row means "none" (no alliance, no
 * border, no arms delivered); outside them it means "unknown", and the cell stays empty.
 */
public record Coverage(int first, int last) {

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** SQL condition on a year expression. */
    public String sql(String year) {
        return "(" + year + " BETWEEN " + first + " AND " + last + ")";
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
