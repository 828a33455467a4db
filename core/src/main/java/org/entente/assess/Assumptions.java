package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Evidence;
import org.entente.model.Party;
import org.entente.model.StrategicObjective;
import org.entente.model.ThreatPerception;


/**
 * The {@code --assume KEY=VALUE} overrides (rule-what-if). Keys:
 * <ul>
 *   <li>{@code threat.SOURCE=N}: both parties perceive SOURCE at intensity N (0..3) on every issue
 *       they name it for, or on one assumed issue if they name it for none;</li>
 *   <li>{@code threat.PARTY.SOURCE=N}: the same for one party;</li>
 *   <li>{@code stance.PARTY.ISSUE=status-quo|revisionist};</li>
 *   <li>{@code evidence.ID.weight=W}: an ACH item's weight (0 removes it);</li>
 *   <li>{@code factor.KEY=S}: a verdict factor's score, -1..1;</li>
 *   <li>{@code weight.KEY=W}: a verdict factor's weight, 0 or more;</li>
 *   <li>{@code covariate.NAME=V}: a covariate of the alliance survival model for the case's alliance
 *       (section 8's predicted survival; names as {@code entente alliances cox --help} lists them).</li>
 * </ul>
 * A malformed or unknown key is a usage error ({@link IllegalArgumentException}).
 */
public final class Assumptions {

    /** Source id of an entry an assumption made or changed: "assumed:KEY=VALUE" (see {@link Context#cite}). */
    static final String SOURCE_PREFIX = "assumed:";

    /** The issue given to a threat an assumption adds where the case has none from that source. */
    static final String ASSUMED_ISSUE = "(assumed)";

    private final Map<String, String> values;

    private Assumptions(Map<String, String> values) {
        this.values = values;
    }

    public static Assumptions none() {
        return new Assumptions(Map.of());
    }

    /** Parses {@code KEY=VALUE} strings; later duplicates win. */
    public static Assumptions parse(List<String> args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : args == null ? List.<String>of() : args) {
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new IllegalArgumentException("--assume expects KEY=VALUE, got '" + a + "'");
            }
            String key = a.substring(0, eq).strip();
            String value = a.substring(eq + 1).strip();
            validate(key, value);
            m.put(key, value);
        }
        return new Assumptions(m);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, String> values() {
        return values;
    }

    private static void validate(String key, String value) {
        String[] k = key.split("\\.");
        switch (k[0].toLowerCase(Locale.ROOT)) {
            case "threat" -> {
                if (k.length < 2 || k.length > 3) {
                    throw new IllegalArgumentException("--assume " + key + ": use threat.SOURCE=N or threat.PARTY.SOURCE=N");
                }
                int n = integer(key, value);
                if (n < 0 || n > ThreatCongruence.MAX_INTENSITY) {
                    throw new IllegalArgumentException("--assume " + key + ": intensity must be 0..3, got " + value);
                }
            }
            case "stance" -> {
                if (k.length != 3) {
                    throw new IllegalArgumentException("--assume " + key + ": use stance.PARTY.ISSUE=status-quo|revisionist");
                }
                stance(key, value);
            }
            case "evidence" -> {
                if (k.length != 3 || !k[2].equals("weight") || number(key, value) < 0) {
                    throw new IllegalArgumentException("--assume " + key + ": use evidence.ID.weight=W with W >= 0");
                }
            }
            case "factor" -> {
                double s = number(key, value);
                if (k.length != 2 || s < -1 || s > 1) {
                    throw new IllegalArgumentException("--assume " + key + ": use factor.KEY=S with S in -1..1");
                }
            }
            case "weight" -> {
                if (k.length != 2 || number(key, value) < 0) {
                    throw new IllegalArgumentException("--assume " + key + ": use weight.KEY=W with W >= 0");
                }
            }
            case "covariate" -> {
                if (k.length != 2) {
                    throw new IllegalArgumentException("--assume " + key + ": use covariate.NAME=V");
                }
                try {
                    org.entente.measure.survival.Covariate.parse(k[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--assume " + key + ": " + e.getMessage());
                }
                number(key, value);
            }
            default -> throw new IllegalArgumentException("--assume " + key
                    + ": unknown key; keys are threat.SOURCE, threat.PARTY.SOURCE, stance.PARTY.ISSUE,"
                    + " evidence.ID.weight, factor.KEY, weight.KEY, covariate.NAME");
        }
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--assume " + key + ": '" + value + "' is not a whole number");
        }
    }

    private static double number(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--assume " + key + ": '" + value + "' is not a number");
        }
    }

    private static StrategicObjective.Stance stance(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "status-quo", "statusquo" -> StrategicObjective.Stance.STATUS_QUO;
            case "revisionist" -> StrategicObjective.Stance.REVISIONIST;
            default -> throw new IllegalArgumentException("--assume " + key + ": stance is status-quo or revisionist, got " + value);
        };
    }

    /** Factor score overrides, by factor key. */
    Map<String, Double> factorScores() {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("factor.")) {
                m.put(k.substring(7), Double.parseDouble(v));
            }
        });
        return m;
    }

    /** Factor weight overrides, by factor key. */
    Map<String, Double> factorWeights() {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("weight.")) {
                m.put(k.substring(7), Double.parseDouble(v));
            }
        });
        return m;
    }

    /** The result of applying the case-level assumptions: the changed case and what changed. */
    record Applied(Case changed, List<AppliedAssumption> applied) {}

    /**
     * Applies the threat, stance and evidence assumptions to {@code c} (null: no case, in which case
     * only factor and weight assumptions can apply). Factor and weight assumptions are recorded here
     * and applied by the verdict rule.
     */
    Applied applyTo(Case c, Party a, Party b) {
        List<AppliedAssumption> applied = new ArrayList<>();
        if (c == null) {
            for (var e : values.entrySet()) {
                String k = e.getKey();
                if (k.startsWith("threat.") || k.startsWith("stance.") || k.startsWith("evidence.")) {
                    throw new IllegalArgumentException("--assume " + k + " changes case evidence, and there is no case file");
                }
                applied.add(new AppliedAssumption(k, e.getValue(), null, describeVerdictKey(k)));
            }
            return new Applied(null, applied);
        }
        List<ThreatPerception> threats = new ArrayList<>(c.threats());
        List<StrategicObjective> objectives = new ArrayList<>(c.objectives());
        List<Evidence> evidence = new ArrayList<>(c.evidence());
        for (var e : values.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            String[] k = key.split("\\.");
            switch (k[0].toLowerCase(Locale.ROOT)) {
                case "threat" -> {
                    List<Party> who = k.length == 2 ? List.of(a, b) : List.of(party(key, k[1], a, b));
                    String source = k.length == 2 ? k[1] : k[2];
                    int n = Integer.parseInt(value);
                    List<String> before = new ArrayList<>();
                    for (Party p : who) {
                        boolean found = false;
                        for (int i = 0; i < threats.size(); i++) {
                            ThreatPerception t = threats.get(i);
                            if (PartyRef.is(t.perceiver(), p) && ThreatCongruence.norm(t.threatSource())
                                    .equals(ThreatCongruence.norm(source))) {
                                before.add(p.abbrev() + " " + t.issue() + " " + t.intensity());
                                threats.set(i, new ThreatPerception(t.perceiver(), t.threatSource(), t.issue(), n,
                                        "assumed: " + key + "=" + value, plus(t.sources(), SOURCE_PREFIX + key + "=" + value)));
                                found = true;
                            }
                        }
                        if (!found) {
                            before.add(p.abbrev() + " none");
                            threats.add(new ThreatPerception(p.abbrev(), source, ASSUMED_ISSUE, n,
                                    "assumed: " + key + "=" + value, List.of(SOURCE_PREFIX + key + "=" + value)));
                        }
                    }
                    applied.add(new AppliedAssumption(key, value, String.join("; ", before),
                            "perceived threat from " + source + " set to " + n + " for "
                                    + String.join(" and ", who.stream().map(Party::abbrev).toList())));
                }
                case "stance" -> {
                    Party p = party(key, k[1], a, b);
                    StrategicObjective.Stance s = stance(key, value);
                    String replaced = null;
                    boolean found = false;
                    for (int i = 0; i < objectives.size(); i++) {
                        StrategicObjective o = objectives.get(i);
                        if (PartyRef.is(o.party(), p) && ThreatCongruence.norm(o.issue()).equals(ThreatCongruence.norm(k[2]))) {
                            replaced = o.stance().name();
                            objectives.set(i, new StrategicObjective(o.party(), o.issue(), s, "assumed",
                                    plus(o.sources(), SOURCE_PREFIX + key + "=" + value)));
                            found = true;
                        }
                    }
                    if (!found) {
                        objectives.add(new StrategicObjective(p.abbrev(), k[2], s, "assumed",
                                List.of(SOURCE_PREFIX + key + "=" + value)));
                    }
                    applied.add(new AppliedAssumption(key, value, replaced,
                            p.abbrev() + "'s stance on " + k[2] + " set to " + s.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
                }
                case "evidence" -> {
                    double w = Double.parseDouble(value);
                    String replaced = null;
                    for (int i = 0; i < evidence.size(); i++) {
                        Evidence ev = evidence.get(i);
                        if (ev.id().equalsIgnoreCase(k[1])) {
                            replaced = Numbers.format(ev.weight());
                            evidence.set(i, new Evidence(ev.id(), ev.description(), w, ev.ratings(), ev.sources()));
                        }
                    }
                    if (replaced == null) {
                        throw new IllegalArgumentException("--assume " + key + ": the case has no evidence item " + k[1]);
                    }
                    evidence.removeIf(ev -> ev.weight() == 0);
                    applied.add(new AppliedAssumption(key, value, replaced,
                            w == 0 ? "evidence item " + k[1] + " left out" : "evidence item " + k[1] + " weighted " + value));
                }
                default -> applied.add(new AppliedAssumption(key, value, null, describeVerdictKey(key)));
            }
        }
        Case changed = new Case(c.id(), c.title(), c.parties(), c.fromYear(), c.toYear(), c.summary(), c.sources(),
                c.treaties(), c.summits(), c.armsDeals(), c.trade(), c.exportSystems(), threats, objectives, c.facts(),
                c.hypotheses(), evidence, c.claims());
        return new Applied(changed, applied);
    }

    private static List<String> plus(List<String> sources, String more) {
        List<String> out = new ArrayList<>(sources == null ? List.of() : sources);
        out.add(more);
        return out;
    }

    /** The {@code covariate.NAME=V} assumptions, for the survival model of section 8. */
    Map<org.entente.measure.survival.Covariate, Double> covariates() {
        Map<org.entente.measure.survival.Covariate, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("covariate.")) {
                out.put(org.entente.measure.survival.Covariate.parse(k.substring("covariate.".length())), Double.parseDouble(v));
            }
        });
        return out;
    }

    private static String describeVerdictKey(String key) {
        if (key.startsWith("covariate.")) {
            return "survival model covariate " + key.substring(10) + " of the case's alliance set by assumption";
        }
        return key.startsWith("factor.") ? "verdict factor " + key.substring(7) + " scored by assumption"
                : "verdict factor " + key.substring(7) + " weighted by assumption";
    }

    private static Party party(String key, String ref, Party a, Party b) {
        if (PartyRef.is(ref, a)) {
            return a;
        }
        if (PartyRef.is(ref, b)) {
            return b;
        }
        throw new IllegalArgumentException("--assume " + key + ": '" + ref + "' is neither " + a.abbrev() + " nor " + b.abbrev());
    }
}
