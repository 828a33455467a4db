package org.entente.measure.survival;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The covariates a Cox model of alliance duration can use, each taken at the spell's start, with
 * the dataset it comes from. A spell missing any chosen covariate is left out of the fit, as R's
 * {@code na.omit} does.
 */
public enum Covariate {
    CINC_ASYMMETRY("cinc_asymmetry", "strongest member's share of the members' CINC, start year", "COW NMC",
            s -> s.cincAsymmetry()),
    MAJOR_POWER("major_power", "a member is a COW major power at the start (0/1)", "COW majors", s -> flag(s.majorPower())),
    ARMS_SHARE("arms_share", "share of the members' arms imports supplied by other members, 5 years before the start",
            "SIPRI register", s -> s.armsShare()),
    MILINST("milinst", "military institutionalisation, 0-2 (Leeds and Anac 2005)", "ATOP institutions",
            s -> s.milinst() == null ? null : s.milinst().doubleValue()),
    BILATERAL("bilateral", "two members (0/1)", "ATOP", s -> flag(s.bilateral())),
    DEFENSE("defense", "defense obligation (0/1)", "ATOP", s -> flag(s.defense())),
    OFFENSE("offense", "offense obligation (0/1)", "ATOP", s -> flag(s.offense())),
    NEUTRAL("neutral", "neutrality obligation (0/1)", "ATOP", s -> flag(s.neutral())),
    NONAGG("nonagg", "non-aggression obligation (0/1)", "ATOP", s -> flag(s.nonagg())),
    CONSUL("consul", "consultation obligation (0/1)", "ATOP", s -> flag(s.consul())),
    CONDITIONAL("conditional", "some primary obligation is conditional (0/1)", "ATOP", s -> flag(s.conditional())),
    ASYMMETRIC("asymmetric", "obligations differ among members (0/1)", "ATOP", s -> flag(s.asymmetric()));

    /** The model {@code entente alliances cox} fits unless told otherwise. */
    public static final List<Covariate> DEFAULT = List.of(CINC_ASYMMETRY, MAJOR_POWER, MILINST, BILATERAL, DEFENSE, OFFENSE,
            NEUTRAL, NONAGG, CONDITIONAL, ASYMMETRIC);

    /** Covariates the literature uses that no loaded dataset gives yet; printed beside every model. */
    public static final List<String> NOT_AVAILABLE = List.of(
            "joint democracy: the dyad-year builder does not load a democracy measure yet",
            "a shared rival or a MID with a common third state: no rivalry or MID data is loaded yet",
            "covariates updated by year: only with --time-varying (CINC asymmetry, major power, arms share); this"
                    + " model, its proportional-hazards test and section 8's prediction take them at the start");

    private final String key;
    private final String description;
    private final String source;
    private final Function<AllianceSpell, Double> value;

    Covariate(String key, String description, String source, Function<AllianceSpell, Double> value) {
        this.key = key;
        this.description = description;
        this.source = source;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    /** The value for a spell, or null when the data to compute it are not loaded or do not cover it. */
    public Double of(AllianceSpell s) {
        return value.apply(s);
    }

    public static Covariate parse(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.key.equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown covariate '" + key + "'; known: "
                        + Arrays.stream(values()).map(Covariate::key).collect(Collectors.joining(", "))));
    }

    private static Double flag(Boolean b) {
        return b == null ? null : b ? 1.0 : 0.0;
    }
}
