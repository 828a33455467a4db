package org.entente.store.cow;

/**
 * Versions inferred from the years a file covers, for copies that carry no version column
 * (peacesciencer's). Each COW release extends the series to a new last year, so the last year
 * identifies the release: NMC 4.0 ends in 2007, 5.0 in 2012, 6.0 in 2016, 7.0 in 2022; Dyadic
 * Trade 3.0 ends in 2009, 4.0 in 2014; Direct Contiguity 3.2 runs to 2016; Formal Alliances 4.1
 * to 2012.
 */
final class Coverage {

    private Coverage() {}

    static String nmc(int lastYear) {
        return switch (lastYear) {
            case 2007 -> "4.0";
            case 2012 -> "5.0";
            case 2016 -> "6.0";
            case 2022 -> "7.0";
            default -> null;
        };
    }

    static String trade(int lastYear) {
        return switch (lastYear) {
            case 2009 -> "3.0";
            case 2014 -> "4.0";
            default -> null;
        };
    }

    static String alliances(int lastYear) {
        return lastYear == 2012 ? "4.1" : null;
    }

    static String contiguity(int lastYear) {
        return lastYear == 2016 ? "3.2" : null;
    }
}
