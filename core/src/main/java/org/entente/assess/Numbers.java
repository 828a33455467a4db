package org.entente.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting shared by the renderers: few digits, no scientific notation. */
public final class Numbers {

    private Numbers() {}

    /** Integers as integers; otherwise 0 decimals from 100, 1 from 10, 2 from 1, 3 below 1. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v);
        double a = Math.abs(v);
        int scale = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return d.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Eight significant digits, for the yearly tables a reader (or a test) sets beside another
     * view of the same series: enough to show every digit the datasets publish.
     */
    public static String precise(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).round(new MathContext(8, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }
}
