package org.entente.source.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed vocabularies of the case-file format: the values a field may take where the format
 * fixes them. {@code docs/case-file-format.md} documents each; the reader rejects anything else.
 */
public final class CaseVocabulary {

    private CaseVocabulary() {}

    /** {@link Source#kind()}. */
    public static final List<String> SOURCE_KINDS = List.of("paper", "memo", "dataset", "other");

    /** {@link Summit#kind()}. */
    public static final List<String> SUMMIT_KINDS = List.of(
            "state-visit", "summit", "joint-statement", "ministerial", "military", "envoy", "other");

    /** {@link ArmsDeal#category()}: SIPRI's weapon categories, plus licences and know-how as {@code technology}. */
    public static final List<String> DEAL_CATEGORIES = List.of(
            "aircraft", "air-defence", "armoured-vehicles", "artillery", "engines", "missiles", "naval-weapons",
            "sensors", "ships", "satellites", "technology", "other");

    /** {@link ArmsDeal#status()}. */
    public static final List<String> DEAL_STATUSES = List.of("agreed", "delivered", "discussed", "agreed-or-discussed");

    /** {@link TradeFigure#measure()}. */
    public static final List<String> TRADE_MEASURES = List.of(
            "total", "exports", "imports", "balance", "target", "arms-exports", "arms-revenue", "arms-orders");

    /** Aggregates a trade figure's {@code from}/{@code to} may name instead of a state. */
    public static final List<String> TRADE_AGGREGATES = List.of("world", "developing-countries");

    /** {@link ArmsExportSystem.ExportRule#kind()}. */
    public static final List<String> EXPORT_RULE_KINDS = List.of(
            "reform", "supervision", "approved-systems", "eligible-countries", "practice", "other");

    /** {@link StrategicObjective#stance()} as written in a case file. */
    public static final List<String> STANCES = List.of("status-quo", "revisionist");

    /** {@link TreatyObligation#obligation()} as written in a case file. */
    public static final List<String> OBLIGATIONS = List.of(
            "defense", "offense", "neutrality", "non-aggression", "consultation", "military-cooperation", "other");

    /** {@link CaseFact#category()} as written in a case file. */
    public static final List<String> FACT_CATEGORIES = List.of(
            "demographic", "economic", "trust", "military", "political", "border", "other");

    /** {@link Consistency} as written in a case file. */
    public static final List<String> RATINGS = List.of("CC", "C", "N", "I", "II");

    /** Evidence weights: low, medium, high credibility and relevance. */
    public static final Map<String, Double> WEIGHTS = Map.of("low", 0.5, "medium", 1.0, "high", 2.0);

    /** {@link Claim#unit()}. */
    public static final List<String> CLAIM_UNITS = List.of(
            "USD million", "TIV million", "percent", "rank", "million persons", "ratio");

    /** Parameters a claim's metric takes; {@code years} is {@code YYYY} or {@code YYYY-YYYY}. */
    public record Metric(String name, List<String> required, List<String> optional, String meaning) {}

    public static final List<Metric> METRICS = List.of(
            new Metric("arms-deliveries", List.of("supplier", "years"), List.of("recipient"),
                    "value of the supplier's arms deliveries (to the recipient, if given) over the years"),
            new Metric("share-of-supplier-exports", List.of("supplier", "recipients", "years"), List.of(),
                    "the recipients' share of the supplier's arms deliveries over the years"),
            new Metric("share-of-recipient-imports", List.of("supplier", "recipient", "years"), List.of(),
                    "the supplier's share of the recipient's arms imports over the years"),
            new Metric("share-of-world-exports", List.of("supplier", "years"), List.of(),
                    "the supplier's share of all arms deliveries in the world over the years"),
            new Metric("supplier-rank", List.of("supplier", "years"), List.of(),
                    "the supplier's rank among all suppliers by deliveries over the years (1 = largest)"),
            new Metric("category-share", List.of("supplier", "category", "years"), List.of("recipient"),
                    "the share of one weapon category in the supplier's deliveries over the years"),
            new Metric("bilateral-trade", List.of("a", "b", "years"), List.of(),
                    "total trade between a and b (both directions) over the years"),
            new Metric("trade-balance", List.of("a", "b", "years"), List.of(),
                    "a's exports to b less its imports from b over the years"),
            new Metric("total-exports", List.of("party", "years"), List.of(), "the party's exports to the world"),
            new Metric("total-imports", List.of("party", "years"), List.of(), "the party's imports from the world"),
            new Metric("population", List.of("party", "years"), List.of(), "the party's population"),
            new Metric("milex-change", List.of("party", "years"), List.of(),
                    "percent change in the party's military expenditure from the first year to the last"));

    /** Claim parameters that name states (one, or a comma-separated list for {@code recipients}). */
    public static final List<String> STATE_PARAMS = List.of("supplier", "recipient", "recipients", "a", "b", "party");

    public static Optional<Metric> metric(String name) {
        return METRICS.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
