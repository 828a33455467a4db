package org.entente.measure.panel;

import java.util.EnumSet;

/** What {@code entente dyads --with} can add to the dyad-years; the output keeps this order. */
public enum DyadFeature {
    ATOP("atop", "ATOP obligations (defense, offense, neutrality, non-aggression, consultation)"),
    COW_ALLIANCE("cow-alliance", "COW Formal Alliances v4.1 types"),
    CINC("cinc", "CINC of each side, capability share and ratio"),
    CONTIGUITY("contiguity", "COW direct contiguity type"),
    DISTANCE("distance", "capital-to-capital great-circle distance"),
    TRADE("trade", "COW dyadic trade flows, trade shares, asymmetry"),
    TIV("tiv", "SIPRI TIV flows both ways and export/import shares"),
    SIMILARITY("similarity", "alliance-portfolio similarity: S, tau-b, kappa, pi"),
    EVENTS("events", "event counts by QuadClass and Goldstein sums"),
    THREAT("threat", "balance-of-threat index and its four factors");

    public final String key;
    public final String description;

    DyadFeature(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /**
     * Parses "atop,cinc,..." or "all": every measure but events and cow-alliance, whose data few
     * stores hold (name them to add them).
     */
    public static EnumSet<DyadFeature> parse(String list) {
        return FeatureList.parse(DyadFeature.class, list, f -> f.key, EnumSet.complementOf(EnumSet.of(EVENTS, COW_ALLIANCE)));
    }

    public static String keys() {
        return FeatureList.keys(DyadFeature.class, f -> f.key);
    }
}
