package org.entente.measure.panel;

import org.entente.data.ArmsMarketShares;

/**
 * Where per-year TIV flows come from ({@link ArmsMarketShares.Basis}, named for {@code --arms-source}).
 * When several are loaded, the first in this order that covers the panel's years wins, because it is the closest to SIPRI's own yearly figures: the TIV export tables are them;
 * the detailed export gives each deal's TIV per delivery year; the register gives only a deal's
 * delivered total and its delivery years, so its TIV is spread evenly over those years.
 */
public enum ArmsSource {
    TABLES(ArmsMarketShares.Basis.TIV_TABLES),
    DELIVERIES(ArmsMarketShares.Basis.DELIVERIES),
    REGISTER(ArmsMarketShares.Basis.REGISTER);

    final String table;
    final ArmsMarketShares.Basis basis;

    ArmsSource(ArmsMarketShares.Basis basis) {
        this.basis = basis;
        this.table = basis.table();
    }

    public String description() {
        return basis.description();
    }

    static ArmsSource of(ArmsMarketShares.Basis basis) {
        for (ArmsSource s : values()) {
            if (s.basis == basis) {
                return s;
            }
        }
        throw new IllegalArgumentException(basis.name());
    }
}
