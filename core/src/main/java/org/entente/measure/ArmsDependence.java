package org.entente.measure;

/**
 * How much of a supplier's arms exports, and of a recipient's arms imports, one dyad accounts
 * for, in SIPRI trend-indicator values (TIV: SIPRI's volume index in millions of constant 1990 US$
 * of production cost, not a price).
 *
 * <ul>
 *   <li>recipient's share of the supplier's exports = TIV supplier to recipient / all TIV the
 *       supplier delivered that year (to states, organisations and non-state actors alike);
 *   <li>supplier's share of the recipient's imports = TIV supplier to recipient / all TIV the
 *       recipient received that year.
 * </ul>
 * Undefined (null) when the total is zero or unknown; a flow of zero over a positive total is 0.
 */
public final class ArmsDependence {

    private ArmsDependence() {}

    public static Double share(Double flow, Double total) {
        return flow == null || total == null || total == 0 ? null : flow / total;
    }

    public static String shareSql(String flow, String total) {
        return "(" + flow + " / nullif(" + total + ", 0))";
    }
}
