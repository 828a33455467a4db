package org.entente.measure;

/**
 * Trade dependence within a dyad, from COW Dyadic Trade flows (Barbieri and Keshk 2016).
 *
 * <ul>
 *   <li>dyadic trade = imports of 1 from 2 + imports of 2 from 1 (both must be known);
 *   <li>{@code share_i} = dyadic trade / total trade of i, where total trade of i is the sum of
 *       its imports and exports with every partner in that year's dyadic data (the known flows);
 *       Barbieri's (1996, JPR 33(1)) trade share;
 *   <li>asymmetry = {@code share_1 - share_2}: positive when side 1 depends more on the dyad's
 *       trade than side 2 does, in -1..1. Its absolute value is Barbieri's asymmetry, 1 minus it her
 *       symmetry.
 * </ul>
 * Any missing input gives a missing result, never zero.
 */
public final class TradeDependence {

    private TradeDependence() {}

    public static Double dyadicTrade(Double imports1, Double imports2) {
        return imports1 == null || imports2 == null ? null : imports1 + imports2;
    }

    public static Double share(Double dyadicTrade, Double totalTrade) {
        return dyadicTrade == null || totalTrade == null || totalTrade == 0 ? null : dyadicTrade / totalTrade;
    }

    public static Double asymmetry(Double share1, Double share2) {
        return share1 == null || share2 == null ? null : share1 - share2;
    }

    /** SQL for {@link #dyadicTrade}: NULL propagates through + in SQL. */
    public static String dyadicTradeSql(String imports1, String imports2) {
        return "(" + imports1 + " + " + imports2 + ")";
    }

    public static String shareSql(String dyadicTrade, String totalTrade) {
        return "(" + dyadicTrade + " / nullif(" + totalTrade + ", 0))";
    }

    public static String asymmetrySql(String share1, String share2) {
        return "(" + share1 + " - " + share2 + ")";
    }
}
