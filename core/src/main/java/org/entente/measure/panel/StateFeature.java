package org.entente.measure.panel;

import java.util.EnumSet;

/** What {@code entente states --with} can add to the state-years; the output keeps this order. */
public enum StateFeature {
    CINC("cinc", "CINC recomputed and as published, and the six NMC components"),
    MAJOR("major", "COW major-power status"),
    ATOP("atop", "ATOP obligations held toward anyone, and number of allies"),
    TRADE("trade", "total imports and exports from COW dyadic trade"),
    TIV("tiv", "SIPRI TIV arms exports and imports"),
    EVENTS("events", "events sent and received");

    public final String key;
    public final String description;

    StateFeature(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Parses "cinc,atop,..." or "all" (every feature but events). */
    public static EnumSet<StateFeature> parse(String list) {
        return FeatureList.parse(StateFeature.class, list, f -> f.key, EnumSet.complementOf(EnumSet.of(EVENTS)));
    }

    public static String keys() {
        return FeatureList.keys(StateFeature.class, f -> f.key);
    }
}
