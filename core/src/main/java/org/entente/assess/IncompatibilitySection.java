package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.model.CaseFact;
import org.entente.model.StrategicObjective;
import org.entente.data.DatasetFamily;
import org.entente.data.CapabilitySeries;
import org.entente.data.DyadTrade;

/** Section 3: incompatibilities and incongruities, arena by arena. (rule-incompatibility) */
final class IncompatibilitySection {

    static final String RULE = "rule-incompatibility";
    static final String LITERATURE = "Walt 1987 (incompatible aims strain alliances); Schweller 1994 (status quo and revisionist states)";

    private IncompatibilitySection() {}

    static SectionOutcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(3, "incompatibilities", "Incompatibilities and incongruities");
        List<String> parts = new ArrayList<>();
        String a = ctx.a.abbrev();
        String b = ctx.b.abbrev();

        // 1. strategic vision
        if (ctx.hasCase() && !ctx.kase.objectives().isEmpty()) {
            Incompatibility.Vision v = Incompatibility.vision(ctx.kase.objectives(), ctx.a, ctx.b);
            List<Table.Row> rows = new ArrayList<>();
            for (Incompatibility.IssueStances i : v.issues()) {
                rows.add(new Table.Row(List.of(i.issue(), stance(i.a()), stance(i.b()),
                        i.compatible() ? "compatible" : "incompatible"), ctx.citeAll(i.objectives())));
            }
            for (StrategicObjective o : v.unmatched()) {
                boolean isA = PartyRef.is(o.party(), ctx.a);
                rows.add(new Table.Row(List.of(o.issue(), isA ? stance(o.stance()) : "—", isA ? "—" : stance(o.stance()),
                        "one party only (not scored)"), ctx.cite(o)));
            }
            s.tables.add(new Table("vision", "Strategic objectives by issue", List.of("issue", a, b, "verdict"), rows, null));
            List<SourceRef> refs = ctx.citeAll(ctx.kase.objectives());
            s.finding(Finding.text("overall-stances", "Overall stance (the stance held on most issues)",
                    a + " " + v.overallA() + ", " + b + " " + v.overallB(), RULE, refs));
            if (v.score() != null) {
                s.finding(Finding.number("vision-score", "Strategic vision score", v.score(), "", RULE, refs)
                        .withNote(v.issues().isEmpty() ? "no issue addressed by both: overall stances compared"
                                : "(same − opposite stances) / issues both address"));
                s.factors.add(new FactorInput("strategic-vision", "Strategic vision (status quo or revisionist)", v.score(),
                        "(same − opposite) / shared issues", refs));
                parts.add("strategic vision " + Numbers.format(v.score()));
            }
        }

        // 2. economic trajectories
        Double econFacts = factsScore(ctx, s, CaseFact.Category.ECONOMIC, "economic", "Economic facts");
        Double trajectory = null;
        Double tradeTrend = null;
        Double demogData = null;
        List<SourceRef> econRefs = new ArrayList<>();
        List<SourceRef> demogRefs = new ArrayList<>();
        if (ctx.hasStore()) {
            Optional<CapabilitySeries.Series> ca = ctx.data().capabilities(ctx.a.ccode(), ctx.from, ctx.year);
            Optional<CapabilitySeries.Series> cb = ctx.data().capabilities(ctx.b.ccode(), ctx.from, ctx.year);
            if (ca.isPresent() && cb.isPresent()) {
                var a0 = ca.get().cincAtOrAfter(ctx.from);
                var a1 = ca.get().cincAtOrBefore(ctx.year);
                var b0 = cb.get().cincAtOrAfter(ctx.from);
                var b1 = cb.get().cincAtOrBefore(ctx.year);
                if (a0.isPresent() && a1.isPresent() && b0.isPresent() && b1.isPresent() && a0.get().year() < a1.get().year()) {
                    int ds = ca.get().datasetId();
                    s.use(ctx.store.use(ds));
                    SourceRef ref = ctx.store.ref(ds, "capability", "ccode " + ctx.a.ccode() + " and " + ctx.b.ccode()
                            + ", years " + a0.get().year() + " and " + a1.get().year(), 4, null);
                    trajectory = Incompatibility.trajectoryScore(a0.get().cinc(), a1.get().cinc(), b0.get().cinc(), b1.get().cinc());
                    s.tables.add(new Table("cinc", "Capability trajectories (CINC, share of world capabilities)",
                            List.of("party", "from", "CINC", "to", "CINC", "change"),
                            List.of(cincRow(a, a0.get(), a1.get(), ref), cincRow(b, b0.get(), b1.get(), ref)), null));
                    econRefs.add(ref);
                    s.finding(Finding.number("trajectory-score", "Diverging capability trajectories score", trajectory, "",
                            RULE, List.of(ref)).withNote("1 − 2·min(1, |ln(CINC ratio A) − ln(CINC ratio B)| / ln 2)"));
                    // demography from the same data
                    var pa0 = firstWith(ca.get(), true, ctx.from);
                    var pa1 = firstWith(ca.get(), false, ctx.year);
                    var pb0 = firstWith(cb.get(), true, ctx.from);
                    var pb1 = firstWith(cb.get(), false, ctx.year);
                    if (pa0 != null && pa1 != null && pb0 != null && pb1 != null) {
                        double r0 = Math.max(pa0.tpop(), pb0.tpop()) / Math.min(pa0.tpop(), pb0.tpop());
                        double r1 = Math.max(pa1.tpop(), pb1.tpop()) / Math.min(pa1.tpop(), pb1.tpop());
                        demogData = (double) Incompatibility.imbalanceScore(r0, r1);
                        demogRefs.add(ref);
                        s.finding(Finding.number("population-ratio", "Population ratio, larger to smaller party, " + pa1.year(),
                                r1, "", RULE, List.of(ref)).withNote("was " + Numbers.format(r0) + " in " + pa0.year()
                                + "; imbalance score " + Numbers.format(demogData) + " (±1 when the ratio moves more than 10%)"));
                    }
                }
            } else {
                s.gaps.add(ctx.gap(DatasetFamily.COW_NMC, "no capability trajectories or population ratio"));
            }
            if (ca.isPresent() && cb.isPresent()) {
                cincByYear(ctx, s, ca.get(), cb.get());
            }
            Optional<DyadTrade.Series> t = ctx.data().trade(ctx.a.ccode(), ctx.b.ccode(), ctx.from, ctx.year);
            if (t.isPresent()) {
                tradeByYear(ctx, s, t.get());
                List<DyadTrade.Year> ok = t.get().years().stream()
                        .filter(y -> y.total() != null && y.total() > 0 && y.aWorld() != null && y.bWorld() != null
                                && y.aWorld() > 0 && y.bWorld() > 0).toList();
                if (ok.size() >= 2) {
                    DyadTrade.Year y0 = ok.get(0);
                    DyadTrade.Year y1 = ok.get(ok.size() - 1);
                    int ds = t.get().datasetId();
                    s.use(ctx.store.use(ds));
                    SourceRef ref = ctx.store.ref(ds, "trade_flow", "rows with ccode " + ctx.a.ccode() + " or " + ctx.b.ccode()
                            + ", years " + y0.year() + " and " + y1.year(), StoreView.UNCOUNTED, null);
                    tradeTrend = Incompatibility.tradeTrendScore(y0.total() / y0.aWorld(), y1.total() / y1.aWorld(),
                            y0.total() / y0.bWorld(), y1.total() / y1.bWorld());
                    s.tables.add(new Table("trade", "Bilateral trade as a share of each party's total trade (COW, current US$)",
                            List.of("year", "bilateral (US$ m)", "share of " + a, "share of " + b),
                            List.of(tradeRow(y0, ref), tradeRow(y1, ref)), null));
                    econRefs.add(ref);
                    s.finding(Finding.number("trade-trend-score", "Bilateral trade trend score", tradeTrend, "", RULE, List.of(ref))
                            .withNote("mean over the parties of log2(end share / start share), clipped to ±1"));
                }
            } else {
                s.gaps.add(ctx.gap(DatasetFamily.COW_TRADE, "no bilateral trade trend"));
            }
        } else {
            s.gaps.add(ctx.gap(DatasetFamily.COW_NMC, "no capability trajectories or population ratio"));
        }
        Double economic = Incompatibility.mean(econFacts, trajectory, tradeTrend);
        if (economic != null) {
            s.factors.add(new FactorInput("economic-trajectories", "Economic trajectories", economic,
                    "mean of the case's economic facts, the capability trajectory and the trade trend, as available",
                    concat(factRefs(ctx, CaseFact.Category.ECONOMIC), econRefs)));
            parts.add("economic " + Numbers.format(economic));
        }
        Double demogFacts = factsScore(ctx, s, CaseFact.Category.DEMOGRAPHIC, "demography", "Demographic facts");
        Double demography = Incompatibility.mean(demogFacts, demogData);
        if (demography != null) {
            s.factors.add(new FactorInput("demography", "Demography", demography,
                    "mean of the case's demographic facts and the population-ratio trend, as available",
                    concat(factRefs(ctx, CaseFact.Category.DEMOGRAPHIC), demogRefs)));
            parts.add("demography " + Numbers.format(demography));
        }
        Double trust = factsScore(ctx, s, CaseFact.Category.TRUST, "trust", "Trust facts");
        if (trust != null) {
            s.factors.add(new FactorInput("trust", "Trust", trust, "mean direction of the case's trust facts",
                    factRefs(ctx, CaseFact.Category.TRUST)));
            parts.add("trust " + Numbers.format(trust));
        }
        if (ctx.hasCase()) {
            factsScore(ctx, s, CaseFact.Category.BORDER, "border", "Border facts (listed, not in the verdict)");
        }
        if (parts.isEmpty()) {
            s.status(ctx.hasCase() ? Section.Status.NO_DATA : Section.Status.NO_CASE_EVIDENCE)
                    .summary("Nothing to score: no strategic objectives or facts in the case, and no capability or trade data.");
        } else {
            s.summary("Scores (−1 apart .. +1 together): " + String.join(", ", parts) + ".");
            if (!ctx.hasCase()) {
                s.note("No case evidence: strategic vision and trust need a case file; the scores above come from loaded data only.");
            }
        }
        return s.build();
    }

    private static CapabilitySeries.Point firstWith(CapabilitySeries.Series s, boolean fromStart, int bound) {
        List<CapabilitySeries.Point> ps = s.points().stream().filter(p -> p.tpop() != null && p.tpop() > 0)
                .filter(p -> fromStart ? p.year() >= bound : p.year() <= bound).toList();
        return ps.isEmpty() ? null : fromStart ? ps.get(0) : ps.get(ps.size() - 1);
    }

    private static Table.Row cincRow(String party, CapabilitySeries.Point p0, CapabilitySeries.Point p1, SourceRef ref) {
        return new Table.Row(List.of(party, Integer.toString(p0.year()), Numbers.format(p0.cinc()), Integer.toString(p1.year()),
                Numbers.format(p1.cinc()), Numbers.format(100 * (p1.cinc() / p0.cinc() - 1)) + "%"), List.of(ref));
    }

    /** CINC of both parties in every year of the window, as published (the same values as the report and {@code dyads}). */
    private static void cincByYear(Context ctx, SectionBuilder s, CapabilitySeries.Series ca, CapabilitySeries.Series cb) {
        java.util.Map<Integer, String[]> byYear = new java.util.TreeMap<>();
        ca.points().forEach(p -> byYear.computeIfAbsent(p.year(), y -> new String[2])[0] = p.cinc() == null ? "" : Numbers.precise(p.cinc()));
        cb.points().forEach(p -> byYear.computeIfAbsent(p.year(), y -> new String[2])[1] = p.cinc() == null ? "" : Numbers.precise(p.cinc()));
        if (byYear.isEmpty()) {
            return;
        }
        SourceRef ref = ctx.store.ref(ca.datasetId(), "capability", "ccode " + ctx.a.ccode() + " and " + ctx.b.ccode()
                + ", " + ctx.window(), ca.points().size() + cb.points().size(), null);
        List<Table.Row> rows = new ArrayList<>();
        byYear.forEach((y, v) -> rows.add(new Table.Row(List.of(Integer.toString(y), v[0] == null ? "" : v[0],
                v[1] == null ? "" : v[1]), List.of(ref))));
        s.tables.add(new Table("cinc-by-year", "CINC by year (COW NMC, as published)",
                List.of("year", "CINC " + ctx.a.abbrev(), "CINC " + ctx.b.abbrev()), rows, CapabilitySeries.RULE));
    }

    /** Bilateral trade in every year of the window (the same values as the report and {@code dyads}). */
    private static void tradeByYear(Context ctx, SectionBuilder s, DyadTrade.Series t) {
        List<Table.Row> rows = new ArrayList<>();
        SourceRef ref = ctx.store.ref(t.datasetId(), "trade_flow", "dyad " + ctx.a.ccode() + "–" + ctx.b.ccode() + ", "
                + ctx.window(), StoreView.UNCOUNTED, null);
        for (DyadTrade.Year y : t.years()) {
            if (y.aImports() == null && y.bImports() == null) {
                continue;
            }
            rows.add(new Table.Row(List.of(Integer.toString(y.year()),
                    y.aImports() == null ? "" : Numbers.precise(y.aImports()),
                    y.bImports() == null ? "" : Numbers.precise(y.bImports()),
                    y.total() == null ? "" : Numbers.precise(y.total())), List.of(ref)));
        }
        if (rows.isEmpty()) {
            return;
        }
        s.use(ctx.store.use(t.datasetId()));
        s.tables.add(new Table("trade-by-year", "Bilateral trade by year (COW, current US$ million)",
                List.of("year", ctx.a.abbrev() + " imports from " + ctx.b.abbrev(),
                        ctx.b.abbrev() + " imports from " + ctx.a.abbrev(), "total"), rows, DyadTrade.RULE));
    }

    private static Table.Row tradeRow(DyadTrade.Year y, SourceRef ref) {
        return new Table.Row(List.of(Integer.toString(y.year()), Numbers.format(y.total()),
                Numbers.format(100 * y.total() / y.aWorld()) + "%", Numbers.format(100 * y.total() / y.bWorld()) + "%"),
                List.of(ref));
    }

    private static List<SourceRef> concat(List<SourceRef> x, List<SourceRef> y) {
        List<SourceRef> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    private static List<SourceRef> factRefs(Context ctx, CaseFact.Category c) {
        return ctx.hasCase() ? ctx.citeAll(Incompatibility.facts(ctx.kase.facts(), c, ctx.a, ctx.b, ctx.year)) : List.of();
    }

    /** Lists the case facts of a category in a table and returns their mean direction (null if none). */
    private static Double factsScore(Context ctx, SectionBuilder s, CaseFact.Category c, String key, String title) {
        if (!ctx.hasCase()) {
            return null;
        }
        List<CaseFact> fs = Incompatibility.facts(ctx.kase.facts(), c, ctx.a, ctx.b, ctx.year);
        if (fs.isEmpty()) {
            return null;
        }
        List<Table.Row> rows = new ArrayList<>();
        for (CaseFact f : fs) {
            String value = f.value() == null ? "" : Numbers.format(f.value())
                    + (f.unit() == null ? "" : " " + f.unit());
            rows.add(new Table.Row(List.of(f.party() == null ? "" : f.party(), f.year() == null ? "" : f.year().toString(),
                    f.statement() == null ? f.subject() : f.statement(), value, sign(f.direction())), ctx.cite(f)));
        }
        java.util.OptionalDouble balance = Incompatibility.meanDirection(fs);
        s.tables.add(new Table(key + "-facts", title, List.of("party", "year", "fact", "value", "direction"), rows,
                "direction: + holds together, − pulls apart, 0 neither (the analyst's reading of the source)"));
        if (balance.isEmpty()) {
            return null;
        }
        double mean = balance.getAsDouble();
        if (c == CaseFact.Category.ECONOMIC || c == CaseFact.Category.DEMOGRAPHIC || c == CaseFact.Category.TRUST) {
            long plus = fs.stream().filter(f -> f.direction() > 0).count();
            long minus = fs.stream().filter(f -> f.direction() < 0).count();
            s.finding(Finding.number(key + "-facts-score", title + ": balance of directions", mean, "", RULE, ctx.citeAll(fs))
                    .withNote("(" + plus + " together − " + minus + " apart) / " + (plus + minus) + "; neutral facts not counted"));
        }
        return c == CaseFact.Category.BORDER ? null : mean;
    }

    private static String sign(int d) {
        return d > 0 ? "+" : d < 0 ? "−" : "0";
    }

    private static String stance(StrategicObjective.Stance st) {
        return st == StrategicObjective.Stance.STATUS_QUO ? "status quo" : "revisionist";
    }
}
