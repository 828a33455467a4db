package org.entente.source;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Version strings as datasets write them, made comparable. */
public final class DatasetVersion {

    private DatasetVersion() {}

    /**
     * A numeric version as a short decimal: ATOP's institution file stores 5.1 as a float
     * ({@code 5.0999999}), which is 5.1 to the precision any version is given in. Non-numeric
     * text is returned stripped; blank is null.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.scale() <= 2) {
                return s; // as written: "4.0", "5.1", "2016"
            }
            BigDecimal r = d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return (r.scale() < 1 ? r.setScale(1) : r).toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
