package org.entente.measure.panel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
        EnumSet<StateFeature> out = EnumSet.noneOf(StateFeature.class);
        for (String part : list.split(",")) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (k.isEmpty()) {
                continue;
            }
            if (k.equals("all")) {
                out.addAll(EnumSet.complementOf(EnumSet.of(EVENTS)));
                continue;
            }
            out.add(Set.of(values()).stream().filter(f -> f.key.equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown measure '" + part.strip() + "'; choose from "
                            + keys() + " or all")));
        }
        return out;
    }

    public static String keys() {
        return Set.of(values()).stream().sorted().map(f -> f.key).collect(Collectors.joining(", "));
    }
}
