package org.entente.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.model.Claim;
import org.entente.model.Party;
import org.entente.data.DatasetFamily;
import org.entente.assess.ClaimCheck.Outcome;
import org.entente.data.ArmsMarketShares;
import org.entente.data.CapabilitySeries;
import org.entente.data.DyadTrade;
import org.entente.source.casefile.States;

/** Section 7: each numeric claim against the loaded data. (rule-claims) */
final class ClaimsSection {

    static final String RULE = "rule-claims";

    /** The case-file deal categories and the SIPRI categories they correspond to. */
    static final Map<String, String> SIPRI_CATEGORY = Map.ofEntries(
            Map.entry("aircraft", "Aircraft"), Map.entry("air-defence", "Air defence systems"),
            Map.entry("armoured-vehicles", "Armoured vehicles"), Map.entry("artillery", "Artillery"),
            Map.entry("engines", "Engines"), Map.entry("missiles", "Missiles"), Map.entry("naval-weapons", "Naval weapons"),
            Map.entry("sensors", "Sensors"), Map.entry("ships", "Ships"), Map.entry("satellites", "Satellites"),
            Map.entry("other", "Other"));

    private ClaimsSection() {}

    /** One claim checked: what the data say, the outcome, how it was compared, and the data's sources. */
    record Checked(Claim claim, Outcome outcome, String data, String basis, List<SourceRef> dataRefs) {}

    /** Claims do not change under --assume, so the what-if runs reuse the first run's section. */
    static SectionOutcome build(Context ctx) {
        return compute(ctx);
    }

    private static SectionOutcome compute(Context ctx) {
        SectionBuilder s = new SectionBuilder(7, "claims", "Claims check");
        if (!ctx.hasCase()) {
            return s.status(Section.Status.NO_CASE_EVIDENCE).summary("No case file, so no claims to check.").build();
        }
        List<Claim> claims = ctx.kase.claims();
        if (claims.isEmpty()) {
            return s.status(Section.Status.NO_CASE_EVIDENCE).summary("The case makes no numeric claims.").build();
        }
        List<Table.Row> rows = new ArrayList<>();
        int[] counts = new int[3];
        boolean unitsDiffer = false;
        for (Claim c : claims) {
            Checked k = check(ctx, s, c);
            counts[k.outcome().ordinal()]++;
            unitsDiffer |= k.basis() != null && k.basis().contains("units differ");
            List<SourceRef> refs = new ArrayList<>(ctx.cite(c));
            refs.addAll(k.dataRefs());
            rows.add(new Table.Row(List.of(c.id(), c.text() == null ? c.metric() : c.text(),
                    Numbers.format(c.value()) + " " + c.unit(), k.data(), k.outcome().label(), k.basis()), refs));
        }
        s.tables.add(new Table("claims", "Claims against the data", List.of("claim", "text", "claimed", "data", "outcome", "how compared"),
                rows, "Tolerance: the claim's own, else ±" + Numbers.format(100 * ClaimCheck.DEFAULT_TOLERANCE) + "% of the claimed value."));
        List<SourceRef> method = List.of(SourceRef.method(RULE, "the claims table below, row by row"));
        s.finding(Finding.number("agrees", "Claims that agree with the data", counts[0], "claims", RULE, method));
        s.finding(Finding.number("disagrees", "Claims that disagree", counts[1], "claims", RULE, method));
        s.finding(Finding.number("no-data", "Claims with no data to check them", counts[2], "claims", RULE, method));
        if (unitsDiffer) {
            s.note(ArmsSection.TIV_NOTE + " Claims in US$ are compared as ratios between suppliers where the case gives a pair.");
        }
        s.summary(String.format("%d claims: %d agree, %d disagree, %d without data.", claims.size(), counts[0], counts[1], counts[2]));
        return s.build();
    }

    private static double tolerance(Claim c) {
        return c.tolerance() != null ? c.tolerance() : ClaimCheck.DEFAULT_TOLERANCE;
    }

    private static Checked noData(Claim c, String why) {
        return new Checked(c, Outcome.NO_DATA, "—", why, List.of());
    }

    static Checked check(Context ctx, SectionBuilder s, Claim c) {
        Map<String, String> p = c.params() == null ? Map.of() : c.params();
        int[] y = ClaimCheck.years(p.get("years"));
        if (y == null) {
            return noData(c, "the claim names no years");
        }
        if (!ctx.hasStore()) {
            return noData(c, "no store");
        }
        String metric = c.metric() == null ? "" : c.metric();
        return switch (metric) {
            case "arms-deliveries", "share-of-supplier-exports", "share-of-recipient-imports", "share-of-world-exports",
                    "supplier-rank", "category-share" -> arms(ctx, s, c, p, y);
            case "bilateral-trade", "trade-balance", "total-exports", "total-imports" -> trade(ctx, s, c, p, y);
            case "population", "milex-change" -> capability(ctx, s, c, p, y);
            default -> noData(c, "no data source for metric '" + metric + "'");
        };
    }

    private static Party state(Map<String, String> p, String key) {
        String v = p.get(key);
        return v == null ? null : States.find(v.strip()).orElse(null);
    }

    private static List<Integer> states(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String x : v.split("[,;]")) {
            Optional<Party> party = States.find(x.strip());
            if (party.isEmpty()) {
                return List.of();
            }
            out.add(party.get().ccode());
        }
        return out;
    }

    private static String yearsText(int[] y) {
        return y[0] == y[1] ? Integer.toString(y[0]) : y[0] + "–" + y[1];
    }

    private static Checked arms(Context ctx, SectionBuilder s, Claim c, Map<String, String> p, int[] y) {
        Optional<ArmsMarketShares.FlowSource> src = ctx.data().armsSource(y[0], y[1]);
        if (src.isEmpty() || src.get().yearsCovered() == 0) {
            if (s.gaps.stream().noneMatch(g -> g.dataset().startsWith("SIPRI"))) {
                s.gaps.add(ctx.gap(DatasetFamily.SIPRI_ARMS, "arms claims cannot be checked", y[0], y[1]));
            }
            return noData(c, "no SIPRI data loaded for " + yearsText(y));
        }
        ArmsMarketShares m = ctx.data().arms(src.get());
        for (int id : src.get().datasetIds()) {
            s.use(ctx.store.use(id));
        }
        int ds = src.get().datasetIds().get(src.get().datasetIds().size() - 1);
        String table = src.get().table();
        Party sup = state(p, "supplier");
        if (sup == null) {
            return noData(c, "supplier not a known state: " + p.get("supplier"));
        }
        List<Integer> S = List.of(sup.ccode());
        List<Integer> R = p.containsKey("recipients") ? states(p, "recipients") : states(p, "recipient");
        if (R != null && R.isEmpty()) {
            return noData(c, "recipient not a known state");
        }
        String unit = c.unit() == null ? "" : c.unit().toLowerCase(Locale.ROOT);
        double tol = tolerance(c);
        String years = yearsText(y);
        switch (c.metric()) {
            case "arms-deliveries" -> {
                ArmsMarketShares.Volume v = m.volume(S, R, y[0], y[1]);
                SourceRef ref = ctx.store.ref(ds, table, sup.abbrev() + (R == null ? " to anyone" : " to " + R) + ", " + years,
                        v.rows(), v.lines());
                String data = Numbers.format(v.tiv()) + " TIV million";
                Claim sibling = null;
                ArmsMarketShares.Volume ov = null;
                Party os = null;
                // a claim about another supplier over the same years, in the same unit, to compare ratios with
                for (Claim o : ctx.kase.claims()) {
                    Map<String, String> op = o.params() == null ? Map.of() : o.params();
                    Party x = state(op, "supplier");
                    if (o != c && "arms-deliveries".equals(o.metric()) && c.unit().equalsIgnoreCase(o.unit()) && o.value() != 0
                            && Arrays.equals(ClaimCheck.years(op.get("years")), y) && x != null && x.ccode() != sup.ccode()
                            && java.util.Objects.equals(op.get("recipient"), p.get("recipient"))) {
                        ArmsMarketShares.Volume xv = m.volume(List.of(x.ccode()), R, y[0], y[1]);
                        if (xv.tiv() > 0) {
                            sibling = o;
                            ov = xv;
                            os = x;
                            break;
                        }
                    }
                }
                if (unit.startsWith("tiv")) {
                    Outcome out = ClaimCheck.compare(c.value(), v.tiv(), tol);
                    String basis = "same unit, ±" + pct(tol);
                    List<SourceRef> refs = new ArrayList<>(List.of(ref));
                    if (sibling != null) {
                        Outcome ratio = ClaimCheck.compareRatio(c.value(), sibling.value(), v.tiv(), ov.tiv(), tol);
                        basis += "; SIPRI revises TIVs between releases, and the ratio to " + os.abbrev() + " (claim "
                                + Numbers.format(c.value() / sibling.value()) + ", data " + Numbers.format(v.tiv() / ov.tiv())
                                + ") " + ratio.label();
                        refs.add(ctx.store.ref(ds, table, os.abbrev() + (R == null ? " to anyone" : " to " + R) + ", " + years,
                                ov.rows(), ov.lines()));
                    }
                    return new Checked(c, out, data, basis, refs);
                }
                if (sibling != null) {
                    SourceRef oref = ctx.store.ref(ds, table, os.abbrev() + (R == null ? " to anyone" : " to " + R) + ", " + years,
                            ov.rows(), ov.lines());
                    Outcome out = ClaimCheck.compareRatio(c.value(), sibling.value(), v.tiv(), ov.tiv(), tol);
                    return new Checked(c, out, data + "; ratio to " + os.abbrev() + " " + Numbers.format(v.tiv() / ov.tiv()),
                            "units differ (" + c.unit() + " vs TIV): ratio to claim " + sibling.id() + " ("
                                    + Numbers.format(c.value() / sibling.value()) + ") against the TIV ratio, ±" + pct(tol),
                            List.of(ref, oref));
                }
                List<ArmsMarketShares.SupplierRank> ranks = m.supplierRanks(y[0], y[1]);
                double world = ranks.stream().mapToDouble(ArmsMarketShares.SupplierRank::tiv).sum();
                String rank = ranks.stream().filter(r -> r.ccode() == sup.ccode()).findFirst()
                        .map(r -> "; rank " + r.rank() + ", " + Numbers.format(100 * r.tiv() / world) + "% of state suppliers' volume").orElse("");
                return new Checked(c, Outcome.NO_DATA, data + rank,
                        "units differ (" + c.unit() + " vs TIV): no data in the claim's unit; TIV shown for reference", List.of(ref));
            }
            case "share-of-supplier-exports", "share-of-recipient-imports", "share-of-world-exports" -> {
                ArmsMarketShares.Volume part;
                ArmsMarketShares.Volume whole;
                String wholeSel;
                if (c.metric().equals("share-of-world-exports")) {
                    part = m.volume(S, null, y[0], y[1]);
                    whole = m.volume(null, null, y[0], y[1]);
                    wholeSel = "all deliveries, " + years;
                } else if (c.metric().equals("share-of-supplier-exports")) {
                    if (R == null) {
                        return noData(c, "the claim names no recipients");
                    }
                    part = m.volume(S, R, y[0], y[1]);
                    whole = m.volume(S, null, y[0], y[1]);
                    wholeSel = sup.abbrev() + " to anyone, " + years;
                } else {
                    if (R == null) {
                        return noData(c, "the claim names no recipient");
                    }
                    part = m.volume(S, R, y[0], y[1]);
                    whole = m.volume(null, R, y[0], y[1]);
                    wholeSel = "anyone to " + R + ", " + years;
                }
                if (whole.tiv() == 0) {
                    return noData(c, "no deliveries in the data for " + wholeSel);
                }
                double share = 100 * part.tiv() / whole.tiv();
                List<SourceRef> refs = List.of(
                        ctx.store.ref(ds, table, sup.abbrev() + (R == null ? "" : " to " + R) + ", " + years, part.rows(), part.lines()),
                        ctx.store.ref(ds, table, wholeSel, whole.rows(), whole.lines()));
                return new Checked(c, ClaimCheck.compare(c.value(), share, tol), Numbers.format(share) + " percent of TIV",
                        "shares compared (TIV volume against the source's measure), ±" + pct(tol), refs);
            }
            case "supplier-rank" -> {
                List<ArmsMarketShares.SupplierRank> ranks = m.supplierRanks(y[0], y[1]);
                Optional<ArmsMarketShares.SupplierRank> r = ranks.stream().filter(x -> x.ccode() == sup.ccode()).findFirst();
                if (r.isEmpty()) {
                    return noData(c, "no deliveries by " + sup.abbrev() + " in " + years);
                }
                int places = c.tolerance() == null ? 0 : (int) Math.round(c.tolerance());
                return new Checked(c, ClaimCheck.compareRank((int) Math.round(c.value()), r.get().rank(), places),
                        "rank " + r.get().rank() + " of " + ranks.size(), "rank among state suppliers by TIV"
                        + (places == 0 ? ", exact" : ", ±" + places), List.of(ctx.store.ref(ds, table,
                                "all state suppliers, " + years, ranks.size(), null)));
            }
            case "category-share" -> {
                String cat = p.getOrDefault("category", "").strip().toLowerCase(Locale.ROOT);
                boolean combat = cat.equals("combat-aircraft");
                String sipriCat = combat ? "Aircraft" : SIPRI_CATEGORY.get(cat);
                if (sipriCat == null) {
                    return noData(c, "category '" + cat + "' has no SIPRI counterpart");
                }
                // categories need deal detail, which the TIV tables lack: as in section 4, the detail then
                // comes from the deals (detailed register, else register) of the claim's years
                ArmsMarketShares.FlowSource detailSrc = src.get().basis() == ArmsMarketShares.Basis.TIV_TABLES
                        ? ctx.data().armsDealSource(y[0], y[1]).orElse(src.get()) : src.get();
                if (detailSrc != src.get()) {
                    for (int id : detailSrc.datasetIds()) {
                        s.use(ctx.store.use(id));
                    }
                }
                int dds = detailSrc.datasetIds().get(detailSrc.datasetIds().size() - 1);
                String dtable = detailSrc.table();
                List<ArmsMarketShares.CategoryVolume> cats = ctx.data().arms(detailSrc).categories(S, R, y[0], y[1]);
                double total = cats.stream().mapToDouble(ArmsMarketShares.CategoryVolume::tiv).sum();
                if (total == 0) {
                    return noData(c, "no categorised deliveries by " + sup.abbrev() + " in " + years);
                }
                double part = cats.stream().filter(x -> x.category().equalsIgnoreCase(sipriCat))
                        .mapToDouble(x -> combat ? x.combatAircraftTiv() : x.tiv()).sum();
                double share = 100 * part / total;
                return new Checked(c, ClaimCheck.compare(c.value(), share, tol), Numbers.format(share) + " percent of TIV",
                        "share of SIPRI category " + (combat ? "Aircraft (combat aircraft only)" : sipriCat) + ", ±" + pct(tol),
                        List.of(ctx.store.ref(dds, dtable, sup.abbrev() + (R == null ? "" : " to " + R) + ", " + years + ", by category",
                                cats.size(), null)));
            }
            default -> {
                return noData(c, "unsupported");
            }
        }
    }

    private static Checked trade(Context ctx, SectionBuilder s, Claim c, Map<String, String> p, int[] y) {
        Optional<Integer> ds = ctx.data().tradeDataset();
        if (ds.isEmpty()) {
            if (s.gaps.stream().noneMatch(g -> g.dataset().equals("COW dyadic trade"))) {
                s.gaps.add(ctx.gap(DatasetFamily.COW_TRADE, "trade claims cannot be checked", y[0], y[1]));
            }
            return noData(c, "no COW trade data loaded");
        }
        if (!c.unit().toLowerCase(Locale.ROOT).startsWith("usd")) {
            return noData(c, "COW trade is in US$ million; the claim is in " + c.unit());
        }
        s.use(ctx.store.use(ds.get()));
        int years = y[1] - y[0] + 1;
        double tol = tolerance(c);
        if (c.metric().equals("total-exports") || c.metric().equals("total-imports")) {
            Party party = state(p, "party");
            if (party == null) {
                return noData(c, "party not a known state");
            }
            List<DyadTrade.WorldTrade> w = ctx.data().worldTrade(party.ccode(), y[0], y[1]).orElse(List.of());
            if (w.size() < years) {
                return noData(c, "COW trade lacks " + (years - w.size()) + " of the years " + yearsText(y));
            }
            double v = w.stream().mapToDouble(x -> c.metric().equals("total-exports") ? x.exports() : x.imports()).sum();
            return new Checked(c, ClaimCheck.compare(c.value(), v, tol), Numbers.format(v) + " USD million",
                    "sum of the party's dyads, ±" + pct(tol), List.of(ctx.store.ref(ds.get(), "trade_flow",
                            "dyads of " + party.ccode() + ", " + yearsText(y), w.stream().mapToLong(DyadTrade.WorldTrade::rows).sum(), null)));
        }
        Party a = state(p, "a");
        Party b = state(p, "b");
        if (a == null || b == null) {
            return noData(c, "a or b not a known state");
        }
        DyadTrade.Series t = ctx.data().trade(a.ccode(), b.ccode(), y[0], y[1]).orElseThrow();
        List<DyadTrade.Year> ok = t.years().stream().filter(x -> x.aImports() != null && x.bImports() != null).toList();
        if (ok.size() < years) {
            return noData(c, "COW trade lacks the pair's flows for " + (years - ok.size()) + " of the years " + yearsText(y));
        }
        double v = c.metric().equals("bilateral-trade") ? ok.stream().mapToDouble(DyadTrade.Year::total).sum()
                : ok.stream().mapToDouble(x -> x.bImports() - x.aImports()).sum();
        return new Checked(c, ClaimCheck.compare(c.value(), v, tol), Numbers.format(v) + " USD million",
                (years == 1 ? "same unit" : "summed over " + years + " years") + ", ±" + pct(tol),
                List.of(ctx.store.ref(ds.get(), "trade_flow", "dyad " + a.ccode() + "–" + b.ccode() + ", " + yearsText(y), ok.size(), null)));
    }

    private static Checked capability(Context ctx, SectionBuilder s, Claim c, Map<String, String> p, int[] y) {
        Party party = state(p, "party");
        if (party == null) {
            return noData(c, "party not a known state");
        }
        Optional<CapabilitySeries.Series> cs = ctx.data().capabilities(party.ccode(), y[0], y[1]);
        if (cs.isEmpty()) {
            if (s.gaps.stream().noneMatch(g -> g.dataset().equals("COW capabilities"))) {
                s.gaps.add(ctx.gap(DatasetFamily.COW_NMC, "population and military-expenditure claims cannot be checked", y[0], y[1]));
            }
            return noData(c, "no NMC data loaded");
        }
        s.use(ctx.store.use(cs.get().datasetId()));
        double tol = tolerance(c);
        if (c.metric().equals("population")) {
            Optional<CapabilitySeries.Point> last = cs.get().points().stream().filter(x -> x.tpop() != null && x.year() == y[1]).findFirst();
            if (last.isEmpty()) {
                return noData(c, "NMC has no population for " + party.abbrev() + " in " + y[1]);
            }
            if (!c.unit().toLowerCase(Locale.ROOT).startsWith("million")) {
                return noData(c, "NMC population is in persons; the claim is in " + c.unit());
            }
            double v = last.get().tpop() / 1000;
            return new Checked(c, ClaimCheck.compare(c.value(), v, tol), Numbers.format(v) + " million persons",
                    "NMC tpop (thousands) / 1000 in " + y[1] + ", ±" + pct(tol), List.of(ctx.store.ref(cs.get().datasetId(),
                            "capability", "ccode " + party.ccode() + ", year " + y[1], 1, null)));
        }
        Optional<CapabilitySeries.Point> first = cs.get().points().stream().filter(x -> x.milex() != null && x.year() == y[0]).findFirst();
        Optional<CapabilitySeries.Point> last = cs.get().points().stream().filter(x -> x.milex() != null && x.year() == y[1]).findFirst();
        if (first.isEmpty() || last.isEmpty() || first.get().milex() == 0) {
            return noData(c, "NMC lacks military expenditure for " + party.abbrev() + " in " + y[0] + " or " + y[1]);
        }
        double v = 100 * (last.get().milex() / first.get().milex() - 1);
        return new Checked(c, ClaimCheck.compare(c.value(), v, tol), Numbers.format(v) + " percent",
                "NMC milex in current US$ (not deflated), " + y[0] + " to " + y[1] + ", ±" + pct(tol),
                List.of(ctx.store.ref(cs.get().datasetId(), "capability", "ccode " + party.ccode() + ", years " + y[0] + " and " + y[1], 2, null)));
    }

    private static String pct(double tol) {
        return Numbers.format(100 * tol) + "%";
    }
}
