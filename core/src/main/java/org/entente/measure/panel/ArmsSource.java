package org.entente.measure.panel;

/**
 * Where per-year TIV flows come from. When several are loaded, the first in this order that
 * covers the panel's years wins, because it is the closest to SIPRI's own yearly figures: the TIV export tables are them;
 * the detailed export gives each deal's TIV per delivery year; the register gives only a deal's
 * delivered total and its delivery years, so its TIV is spread evenly over those years.
 */
public enum ArmsSource {
    TABLES("tiv_flow", "SIPRI TIV export tables"),
    DELIVERIES("arms_delivery", "SIPRI detailed register, TIV per delivery year"),
    REGISTER("arms_deal", "SIPRI trade register, delivered TIV spread evenly over the delivery years");

    final String table;
    final String description;

    ArmsSource(String table, String description) {
        this.table = table;
        this.description = description;
    }

    public String description() {
        return description;
    }
}
