package org.entente.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by the renderers: few digits, no scientific notation. */
public final class Numbers {

    private Numbers() {}

    /** Integers as integers; otherwise three significant digits, at most three decimals. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v);
        int scale = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
        return d.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
