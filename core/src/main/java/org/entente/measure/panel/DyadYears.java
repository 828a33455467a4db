package org.entente.measure.panel;

import static org.entente.measure.panel.Source.ARMS;
import static org.entente.measure.panel.Source.ATOP;
import static org.entente.measure.panel.Source.CAPABILITY;
import static org.entente.measure.panel.Source.CAPITALS;
import static org.entente.measure.panel.Source.CONTIGUITY;
import static org.entente.measure.panel.Source.COW_ALLIANCE;
import static org.entente.measure.panel.Source.EVENTS;
import static org.entente.measure.panel.Source.MEMBERS;
import static org.entente.measure.panel.Source.TRADE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.entente.measure.AllianceObligations;
import org.entente.measure.ArmsDependence;
import org.entente.measure.BalanceOfThreat;
import org.entente.measure.CapabilityBalance;
import org.entente.measure.TradeDependence;
import org.entente.store.Store;

/**
 * Dyad-years of state-system members with the measures asked for, in the manner of
 * peacesciencer's {@code create_dyadyears()} and {@code add_*()}, built inside DuckDB.
 *
 * <p>A dyad-year exists when both states are members on some common day of the year. Each
 * measure is empty (NULL) in years its dataset does not cover; inside its coverage, an absent
 * alliance, border, arms delivery or event is 0. Directed panels describe side 1's relation to
 * side 2 (ATOP: obligations of 1 toward 2); undirected panels have ccode1 &lt; ccode2 and count
 * an obligation held by either side.
 */
public final class DyadYears {

    static final List<Column> KEYS = List.of(
            new Column("ccode1", "INTEGER", "COW state code", "side 1 of the dyad", List.of(MEMBERS)),
            new Column("ccode2", "INTEGER", "COW state code", "side 2 of the dyad", List.of(MEMBERS)),
            new Column("year", "INTEGER", "calendar year", "both sides are system members on a common day of it",
                    List.of(MEMBERS)));

    private DyadYears() {}

    /** The same, on the store the CLI opened (the panel keeps its set-based SQL). */
    public static Panel prepare(Store store, PanelRequest request, Set<DyadFeature> with, boolean progress)
            throws SQLException {
        return prepare(store.connection(), request, with, progress);
    }

    /** Prepares the panel on {@code connection}; the rows are {@link Panel#query()}. */
    public static Panel prepare(Connection connection, PanelRequest request, Set<DyadFeature> with, boolean progress)
            throws SQLException {
        BuildContext ctx = new BuildContext(connection, request, progress);
        MemberYears.prepareDyads(ctx);
        boolean threat = with.contains(DyadFeature.THREAT);
        if (with.contains(DyadFeature.ATOP)) {
            AllianceDyads.prepareAtop(ctx);
        }
        if (with.contains(DyadFeature.COW_ALLIANCE)) {
            AllianceDyads.prepareCow(ctx);
        }
        if (with.contains(DyadFeature.CINC) || threat) {
            CapabilityYears.prepare(ctx);
        }
        if (with.contains(DyadFeature.CONTIGUITY) || threat && loaded(ctx, "contiguity")) {
            Geography.prepareContiguity(ctx);
        }
        if (with.contains(DyadFeature.DISTANCE) || threat && loaded(ctx, "capital")) {
            Geography.prepareDistance(ctx);
        }
        if (threat && !ctx.prepared("contiguity") && !ctx.prepared("distance")) {
            throw new MissingDataException("the threat index needs proximity: import COW contiguity or capitals first");
        }
        if (with.contains(DyadFeature.TRADE)) {
            TradeFlows.prepare(ctx);
        }
        if (with.contains(DyadFeature.TIV)) {
            ArmsFlows.prepare(ctx);
        }
        if (with.contains(DyadFeature.SIMILARITY)) {
            SimilarityDyads.prepare(ctx);
        }
        if (with.contains(DyadFeature.EVENTS) || threat && EventCounts.loaded(ctx)) {
            EventCounts.prepare(ctx);
        }
        StateAttributes.create(ctx);

        PanelQuery q = new PanelQuery("p_dyad d", List.of("ccode1", "ccode2", "year"));
        q.join("s1", "LEFT JOIN p_sy s1 ON s1.ccode = d.ccode1 AND s1.year = d.year");
        q.join("s2", "LEFT JOIN p_sy s2 ON s2.ccode = d.ccode2 AND s2.year = d.year");
        if (with.contains(DyadFeature.ATOP)) {
            atop(ctx, q);
        }
        if (with.contains(DyadFeature.COW_ALLIANCE)) {
            cowAlliance(ctx, q);
        }
        if (with.contains(DyadFeature.CINC)) {
            cinc(q);
        }
        if (with.contains(DyadFeature.CONTIGUITY)) {
            contiguity(ctx, q);
        }
        if (with.contains(DyadFeature.DISTANCE)) {
            distance(q);
        }
        if (with.contains(DyadFeature.TRADE)) {
            trade(q);
        }
        if (with.contains(DyadFeature.TIV)) {
            tiv(ctx, q);
        }
        if (with.contains(DyadFeature.SIMILARITY)) {
            similarity(q);
        }
        if (with.contains(DyadFeature.EVENTS)) {
            events(ctx, q);
        }
        if (threat) {
            threat(ctx, q);
        }
        List<Column> columns = q.visibleColumns();
        return new Panel(q.sql(List.of("year", "ccode1", "ccode2")), KEYS, columns, ctx.used(), ctx.coverages(),
                ctx.notes(), ctx.timings());
    }

    private static boolean loaded(BuildContext ctx, String table) throws SQLException {
        return Datasets.latest(ctx.connection, table).isPresent();
    }

    private static void atop(BuildContext ctx, PanelQuery q) {
        q.join("al", "LEFT JOIN p_atop al ON al.ccode1 = d.ccode1 AND al.ccode2 = d.ccode2 AND al.year = d.year");
        boolean directed = ctx.request.directed();
        String[][] obligations = {{"defense", "defend side 2 if attacked"}, {"offense", "join side 2 in an offensive war"},
            {"neutral", "stay neutral if side 2 is in a war"}, {"nonagg", "not attack side 2"},
            {"consul", "consult side 2 in a crisis"}};
        for (String[] o : obligations) {
            String flag = "coalesce(al." + o[0] + (directed ? "12" : "_either") + ", s1.z_atop)";
            q.column(1, new Column("atop_" + o[0], "INTEGER", "0/1",
                    (directed ? "side 1 promises to " : "either side promises the other to ") + o[1].replace("side 2", directed ? "side 2" : "it")
                            + "; 0 inside ATOP's years, empty outside them", List.of(ATOP)),
                    flag);
        }
        q.column(1, new Column("atop_tie", "INTEGER", "0-3",
                "valued alliance tie used for similarity, from either side's obligations: 3 defense or offense,"
                        + " 2 neutrality or consultation, 1 non-aggression only, 0 none", List.of(ATOP)),
                "coalesce(al.tie, s1.z_atop)");
    }

    private static void cowAlliance(BuildContext ctx, PanelQuery q) {
        q.join("cw", "LEFT JOIN p_cow cw ON cw.ccode1 = d.ccode1 AND cw.ccode2 = d.ccode2 AND cw.year = d.year");
        boolean directed = ctx.request.directed();
        String[][] types = {{"defense", "defense", "Type I defense pact"}, {"neutral", "neutrality", "Type II neutrality"},
            {"nonagg", "nonaggression", "Type IIa non-aggression"}, {"entente", "entente", "Type III entente"}};
        for (String[] t : types) {
            String flag = "coalesce(cw." + t[1] + (directed ? "12" : "_either") + ", s1.z_cow)";
            q.column(1, new Column("cow_" + t[0], "INTEGER", "0/1", "the dyad shares a COW " + t[2]
                    + " alliance; 0 inside the COW alliance years, empty outside them", List.of(COW_ALLIANCE)),
                    flag);
        }
    }

    private static void cinc(PanelQuery q) {
        q.column(1, new Column("cinc1", "DOUBLE", "share of the system, 0-1",
                "side 1's CINC recomputed from the NMC components (mean of its shares of the known components)",
                List.of(CAPABILITY)), "s1.cinc");
        q.column(1, new Column("cinc2", "DOUBLE", "share of the system, 0-1", "side 2's CINC, as cinc1",
                List.of(CAPABILITY)), "s2.cinc");
        capShare(q);
        q.column(2, new Column("cap_ratio", "DOUBLE", ">= 1", "stronger side's CINC / weaker side's (Bremer 1992)",
                List.of(CAPABILITY)), CapabilityBalance.ratioSql("cinc1", "cinc2"));
    }

    /** Side 1's share of the dyad's CINC: a capability measure and the threat index's power factor. */
    private static void capShare(PanelQuery q) {
        q.column(2, new Column("cap_share1", "DOUBLE", "0-1", "cinc1 / (cinc1 + cinc2): side 1's share of the dyad's"
                + " capabilities (Walt's aggregate power in the threat index; side 2's is 1 - cap_share1)",
                List.of(CAPABILITY)), CapabilityBalance.shareSql("cinc1", "cinc2"));
    }

    private static void contiguity(BuildContext ctx, PanelQuery q) {
        q.join("ct", "LEFT JOIN p_contig ct ON ct.ccode1 = d.ccode1 AND ct.ccode2 = d.ccode2 AND ct.year = d.year");
        q.column(1, new Column("conttype", "INTEGER", "COW type 0-5",
                "closest direct contiguity in the year: 1 land or river, 2-5 separated by up to 12, 24, 150, 400 miles"
                        + " of water, 0 none; empty outside the contiguity data's years", List.of(CONTIGUITY)),
                "coalesce(ct.conttype, s1.z_contig)");
    }

    private static void distance(PanelQuery q) {
        q.join("cd", "LEFT JOIN p_capdist cd ON cd.cap1 = s1.cap AND cd.cap2 = s2.cap");
        q.column(1, new Column("capdist_km", "DOUBLE", "km",
                "great-circle distance between the capitals in place at the end of the year (haversine, Earth radius"
                        + " 6371.0088 km); empty if a capital is unknown", List.of(CAPITALS)), "cd.km");
    }

    private static void trade(PanelQuery q) {
        q.join("tr", "LEFT JOIN p_trade_pair tr ON tr.lo = least(d.ccode1, d.ccode2)"
                + " AND tr.hi = greatest(d.ccode1, d.ccode2) AND tr.year = d.year");
        q.column(1, new Column("trade_imports1", "DOUBLE", "current million US$",
                "side 1's imports from side 2 (COW flow); empty where COW has no figure or beyond its years",
                List.of(TRADE)), "CASE WHEN d.ccode1 < d.ccode2 THEN tr.imports_lo ELSE tr.imports_hi END");
        q.column(1, new Column("trade_imports2", "DOUBLE", "current million US$", "side 2's imports from side 1",
                List.of(TRADE)), "CASE WHEN d.ccode1 < d.ccode2 THEN tr.imports_hi ELSE tr.imports_lo END");
        q.helper(1, "trade_total1", "s1.trade_total");
        q.helper(1, "trade_total2", "s2.trade_total");
        String dyadic = TradeDependence.dyadicTradeSql("trade_imports1", "trade_imports2");
        q.column(2, new Column("trade_share1", "DOUBLE", "0-1", "dyadic trade (both flows) / side 1's total trade"
                + " (its imports plus exports over all partners in the dyadic data)", List.of(TRADE)),
                TradeDependence.shareSql(dyadic, "trade_total1"));
        q.column(2, new Column("trade_share2", "DOUBLE", "0-1", "dyadic trade / side 2's total trade", List.of(TRADE)),
                TradeDependence.shareSql(dyadic, "trade_total2"));
        q.column(3, new Column("trade_asymmetry", "DOUBLE", "-1..1", "trade_share1 - trade_share2: positive when side 1"
                + " depends more on the dyad's trade than side 2 does", List.of(TRADE)),
                TradeDependence.asymmetrySql("trade_share1", "trade_share2"));
    }

    private static void tiv(BuildContext ctx, PanelQuery q) {
        q.join("tv", "LEFT JOIN p_tiv tv ON tv.ccode1 = d.ccode1 AND tv.ccode2 = d.ccode2 AND tv.year = d.year");
        String unit = "TIV, million 1990 US$ (volume index)";
        q.column(1, new Column("tiv_1to2", "DOUBLE", unit, "arms delivered by side 1 to side 2 (SIPRI); 0 inside"
                + " SIPRI's years, empty outside them or when side 1's own table is not loaded", List.of(ARMS)),
                "coalesce(tv.tiv12, s1.z_supplier)");
        q.column(1, new Column("tiv_2to1", "DOUBLE", unit, "arms delivered by side 2 to side 1", List.of(ARMS)),
                "coalesce(tv.tiv21, s2.z_supplier)");
        q.column(1, new Column("tiv_exports1", "DOUBLE", unit, "all arms side 1 delivered that year, to anyone",
                List.of(ARMS)), "s1.tiv_exports");
        q.column(1, new Column("tiv_exports2", "DOUBLE", unit, "all arms side 2 delivered that year", List.of(ARMS)),
                "s2.tiv_exports");
        q.column(1, new Column("tiv_imports1", "DOUBLE", unit, "all arms side 1 received that year, from anyone"
                + " (from the loaded suppliers' tables when flows come from TIV tables)", List.of(ARMS)),
                "s1.tiv_imports");
        q.column(1, new Column("tiv_imports2", "DOUBLE", unit, "all arms side 2 received that year", List.of(ARMS)),
                "s2.tiv_imports");
        q.column(2, new Column("tiv_1to2_of_exports1", "DOUBLE", "0-1", "side 2's share of side 1's arms exports:"
                + " tiv_1to2 / tiv_exports1; empty when side 1 exported nothing", List.of(ARMS)),
                ArmsDependence.shareSql("tiv_1to2", "tiv_exports1"));
        q.column(2, new Column("tiv_1to2_of_imports2", "DOUBLE", "0-1", "side 1's share of side 2's arms imports:"
                + " tiv_1to2 / tiv_imports2", List.of(ARMS)), ArmsDependence.shareSql("tiv_1to2", "tiv_imports2"));
        q.column(2, new Column("tiv_2to1_of_exports2", "DOUBLE", "0-1", "side 1's share of side 2's arms exports",
                List.of(ARMS)), ArmsDependence.shareSql("tiv_2to1", "tiv_exports2"));
        q.column(2, new Column("tiv_2to1_of_imports1", "DOUBLE", "0-1", "side 2's share of side 1's arms imports",
                List.of(ARMS)), ArmsDependence.shareSql("tiv_2to1", "tiv_imports1"));
    }

    private static void similarity(PanelQuery q) {
        q.join("sim", "LEFT JOIN p_sim sim ON sim.lo = least(d.ccode1, d.ccode2)"
                + " AND sim.hi = greatest(d.ccode1, d.ccode2) AND sim.year = d.year");
        String over = "; over the two states' ATOP alliance ties to every system member of the year (self-tie 3)";
        String[][] defs = {
            {"s_bin", "-1..1", "Signorino-Ritter S, binary ties (any obligation = 1), unweighted"},
            {"s_val", "-1..1", "Signorino-Ritter S, valued ties (3 defense/offense, 2 neutrality/consultation,"
                    + " 1 non-aggression), unweighted"},
            {"s_bin_wt", "-1..1", "S, binary ties, each member weighted by its CINC (empty without NMC for the year)"},
            {"s_val_wt", "-1..1", "S, valued ties, CINC-weighted"},
            {"tau_b", "-1..1", "Kendall's tau-b of the valued ties (Bueno de Mesquita 1975)"},
            {"kappa_bin", "<= 1", "Cohen's kappa, binary ties (Häge 2011)"},
            {"kappa_val", "<= 1", "Cohen's kappa, valued ties, absolute-difference disagreement (Häge 2011)"},
            {"pi_bin", "<= 1", "Scott's pi, binary ties (Häge 2011)"},
            {"pi_val", "<= 1", "Scott's pi, valued ties, absolute-difference disagreement (Häge 2011)"}};
        for (String[] c : defs) {
            q.column(1, new Column(c[0], "DOUBLE", c[1], c[2] + over + "; empty outside ATOP's years or where undefined",
                    c[0].endsWith("_wt") ? List.of(ATOP, CAPABILITY, MEMBERS) : List.of(ATOP, MEMBERS)), "sim." + c[0]);
        }
    }

    private static void events(BuildContext ctx, PanelQuery q) {
        q.join("ev", "LEFT JOIN p_event ev ON ev.ccode1 = d.ccode1 AND ev.ccode2 = d.ccode2 AND ev.year = d.year");
        String[][] quads = {{"q1", "verbal cooperation"}, {"q2", "material cooperation"}, {"q3", "verbal conflict"},
            {"q4", "material conflict"}};
        for (String dir : List.of("12", "21")) {
            String from = dir.equals("12") ? "side 1 to side 2" : "side 2 to side 1";
            String tag = dir.equals("12") ? "1to2" : "2to1";
            q.column(1, new Column("events_" + tag, "BIGINT", "events", "events from " + from
                    + "; 0 inside the loaded event data's years, empty outside", List.of(EVENTS)),
                    "coalesce(ev.n" + dir + ", s1.z_events)");
            for (String[] quad : quads) {
                q.column(1, new Column("events_" + tag + "_" + quad[0], "BIGINT", "events",
                        quad[1] + " events (QuadClass " + quad[0].substring(1) + ") from " + from, List.of(EVENTS)),
                        "coalesce(ev." + quad[0] + "_" + dir + ", s1.z_events)");
            }
            q.column(1, new Column("goldstein_" + tag, "DOUBLE", "Goldstein points (-10..10 per event)",
                    "sum of the Goldstein scores of the events from " + from, List.of(EVENTS)),
                    "coalesce(ev.gsum" + dir + ", s1.z_events)");
        }
    }

    private static void threat(BuildContext ctx, PanelQuery q) {
        q.helper(1, "cinc1", "s1.cinc");
        q.helper(1, "cinc2", "s2.cinc");
        q.helper(1, "milex1", "s1.milex");
        q.helper(1, "milex2", "s2.milex");
        q.helper(1, "milper1", "s1.milper");
        q.helper(1, "milper2", "s2.milper");
        if (ctx.prepared("contiguity")) {
            q.join("ct", "LEFT JOIN p_contig ct ON ct.ccode1 = d.ccode1 AND ct.ccode2 = d.ccode2 AND ct.year = d.year");
            q.helper(1, "thr_cscore", "coalesce(ct.score, s1.z_contig)");
        } else {
            q.helper(1, "thr_cscore", "NULL::DOUBLE");
        }
        if (ctx.prepared("distance")) {
            q.join("cd", "LEFT JOIN p_capdist cd ON cd.cap1 = s1.cap AND cd.cap2 = s2.cap");
            q.helper(1, "thr_dscore", "cd.dscore");
        } else {
            q.helper(1, "thr_dscore", "NULL::DOUBLE");
        }
        boolean events = ctx.prepared("events");
        if (events) {
            q.join("ev", "LEFT JOIN p_event ev ON ev.ccode1 = d.ccode1 AND ev.ccode2 = d.ccode2 AND ev.year = d.year");
        }
        for (String dir : events ? List.of("12", "21") : List.<String>of()) {
            q.helper(1, "thr_n" + dir, "coalesce(ev.n" + dir + ", s1.z_events)");
            q.helper(1, "thr_conflict" + dir, "coalesce(ev.q3_" + dir + " + ev.q4_" + dir + ", s1.z_events)");
            q.helper(1, "thr_goldstein" + dir, "(ev.gsum" + dir + " / nullif(ev.gn" + dir + ", 0))");
        }
        // level 2: the pieces; level 3: the four factors; level 4: the index.
        // threatN is the threat side N poses to the other: side N is the "other" of BalanceOfThreat.
        for (String n : List.of("1", "2")) {
            String m = n.equals("1") ? "2" : "1";
            String dir = n + m;
            q.helper(2, "thr_milex" + n, BalanceOfThreat.shareSql("milex" + m, "milex" + n));
            q.helper(2, "thr_milper" + n, BalanceOfThreat.shareSql("milper" + m, "milper" + n));
            if (events) {
                q.helper(2, "thr_cshare" + n, BalanceOfThreat.conflictShareSql("thr_n" + dir, "thr_conflict" + dir));
                q.helper(2, "thr_gterm" + n, BalanceOfThreat.goldsteinTermSql("thr_goldstein" + dir));
            }
        }
        // without event data there are no intentions to read: a constant, not 1.9 million NULL sums
        String intent1 = events ? BalanceOfThreat.intentSql("thr_cshare1", "thr_gterm1") : "NULL::DOUBLE";
        String intent2 = events ? BalanceOfThreat.intentSql("thr_cshare2", "thr_gterm2") : "NULL::DOUBLE";
        // Aggregate power is side 1's share of the dyad's CINC, which is cap_share1: it is output
        // once, under that name. Side 2's power and offense are the complements of side 1's, so
        // they feed threat2 without being output (no column is another's copy or complement).
        List<Source> power = List.of(CAPABILITY);
        capShare(q);
        q.helper(2, "thr_power2", BalanceOfThreat.shareSql("cinc1", "cinc2"));
        q.column(2, new Column("threat_proximity", "DOUBLE", "0-1", "geographic proximity: max of the contiguity score"
                + " (land 1, water 0.8/0.6/0.4/0.2, none 0) and 1 / (1 + capital distance / 1000 km)",
                List.of(CONTIGUITY, CAPITALS)), BalanceOfThreat.proximitySql("thr_cscore", "thr_dscore"));
        q.column(3, new Column("threat_offense1", "DOUBLE", "0-1", "offensive power: side 1's share of the dyad's military"
                + " expenditure and of its military personnel, averaged (side 2's is 1 - threat_offense1)", power),
                BalanceOfThreat.offenseSql("thr_milex1", "thr_milper1"));
        // side 2's offense, like its power, is the complement of side 1's: it only feeds threat2
        q.helper(3, "thr_offense2", BalanceOfThreat.offenseSql("thr_milex2", "thr_milper2"));
        q.column(3, new Column("threat_intent1", "DOUBLE", "0-1", "aggressive intentions of side 1 toward side 2: mean of"
                + " the conflict share (QuadClass 3-4) of its events to side 2 and (10 - their mean Goldstein) / 20;"
                + " empty without events", List.of(EVENTS)), intent1);
        q.column(3, new Column("threat_intent2", "DOUBLE", "0-1", "aggressive intentions of side 2 toward side 1",
                List.of(EVENTS)), intent2);
        List<Source> all = List.of(CAPABILITY, CONTIGUITY, CAPITALS, EVENTS);
        q.column(4, new Column("threat1", "DOUBLE", "0-1", "balance-of-threat index of the threat side 1 poses to side 2:"
                + " mean of the known factors (power = cap_share1, proximity, offense, intent); empty unless power and"
                + " proximity are known", all), BalanceOfThreat.indexSql("cap_share1", "threat_proximity", "threat_offense1",
                        events ? "threat_intent1" : null));
        q.column(4, new Column("threat2", "DOUBLE", "0-1", "threat side 2 poses to side 1, as threat1 (power"
                + " = 1 - cap_share1)", all),
                BalanceOfThreat.indexSql("thr_power2", "threat_proximity", "thr_offense2",
                        events ? "threat_intent2" : null));
    }
}
