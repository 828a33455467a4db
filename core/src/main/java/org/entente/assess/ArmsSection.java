package org.entente.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.model.ArmsDeal;
import org.entente.model.Claim;
import org.entente.model.Party;
import org.entente.model.TradeFigure;
import org.entente.data.DatasetFamily;
import org.entente.data.ArmsMarketShares;
import org.entente.data.DyadTrade;

/** Section 4: the arms trade as foundation. (rule-arms) */
final class ArmsSection {

    static final String RULE = "rule-arms";
    static final String TIV_NOTE = "SIPRI TIV is a volume index (millions of 1990 US$ of production cost), not a price:"
            + " volumes, shares and ranks only, never a share of trade in dollars.";

    private ArmsSection() {}

    /** The arms-foundation factor's score (rule-verdict): min(1, 2 × mean share) × (1 − licensed share / 2). */
    static double foundationScore(double meanShare, double licensedShare) {
        return Math.min(1, 2 * meanShare) * (1 - licensedShare / 2);
    }

    static SectionOutcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(4, "arms", "The arms trade as foundation");
        Party[] dir = direction(ctx);
        Party sup = dir[0];
        Party rec = dir[1];
        String flow = sup.abbrev() + " → " + rec.abbrev();
        Double recipientShare = null;
        Double supplierShare = null;
        Double licensed = null;
        List<SourceRef> factorRefs = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        boolean sipri = false;

        if (ctx.hasStore()) {
            Optional<ArmsMarketShares.FlowSource> src = ctx.data().armsSource(ctx.from, ctx.year);
            if (src.isPresent() && src.get().yearsCovered() > 0) {
                sipri = true;
                ArmsMarketShares m = ctx.data().arms(src.get());
                for (int id : src.get().datasetIds()) {
                    s.use(ctx.store.use(id));
                }
                int ds = src.get().datasetIds().get(src.get().datasetIds().size() - 1);
                String table = src.get().table();
                List<Integer> S = List.of(sup.ccode());
                List<Integer> R = List.of(rec.ccode());
                List<ArmsMarketShares.YearVolume> yearly = m.yearly(S, R, ctx.from, ctx.year);
                List<Table.Row> rows = new ArrayList<>();
                for (ArmsMarketShares.YearVolume y : yearly) {
                    rows.add(new Table.Row(List.of(Integer.toString(y.year()), Numbers.precise(y.volume().tiv())),
                            List.of(ctx.store.ref(ds, table, flow + ", delivery year " + y.year(), y.volume().rows(),
                                    y.volume().lines()))));
                }
                String yearlyNote = src.get().estimated()
                        ? "Estimates: the register gives each deal's delivered TIV and its delivery years; the TIV is spread"
                                + " evenly over them. Rule: " + src.get().rule()
                        : "Rule: " + src.get().rule();
                s.tables.add(new Table("deliveries", "Deliveries " + flow + " by year (SIPRI TIV, millions)",
                        List.of("year", "TIV"), rows, yearlyNote));
                String back = rec.abbrev() + " → " + sup.abbrev();
                List<Table.Row> backRows = new ArrayList<>();
                for (ArmsMarketShares.YearVolume y : m.yearly(R, S, ctx.from, ctx.year)) {
                    backRows.add(new Table.Row(List.of(Integer.toString(y.year()), Numbers.precise(y.volume().tiv())),
                            List.of(ctx.store.ref(ds, table, back + ", delivery year " + y.year(), y.volume().rows(),
                                    y.volume().lines()))));
                }
                if (!backRows.isEmpty()) {
                    s.tables.add(new Table("deliveries-back", "Deliveries " + back + " by year (SIPRI TIV, millions)",
                            List.of("year", "TIV"), backRows, yearlyNote));
                }
                ArmsMarketShares.Volume dyad = m.volume(S, R, ctx.from, ctx.year);
                ArmsMarketShares.Volume supAll = m.volume(S, null, ctx.from, ctx.year);
                ArmsMarketShares.Volume recAll = m.volume(null, R, ctx.from, ctx.year);
                SourceRef dyadRef = ctx.store.ref(ds, table, flow + ", " + ctx.window(), dyad.rows(), dyad.lines());
                SourceRef supRef = ctx.store.ref(ds, table, "supplier " + sup.abbrev() + " to anyone, " + ctx.window(),
                        supAll.rows(), supAll.lines());
                SourceRef recRef = ctx.store.ref(ds, table, "anyone to recipient " + rec.abbrev() + ", " + ctx.window(),
                        recAll.rows(), recAll.lines());
                s.finding(Finding.number("dyad-tiv", "Deliveries " + flow + ", " + ctx.window(), dyad.tiv(), "TIV million",
                        RULE, List.of(dyadRef)));
                recipientShare = ArmsMarketShares.share(dyad.tiv(), supAll.tiv());
                supplierShare = ArmsMarketShares.share(dyad.tiv(), recAll.tiv());
                if (recipientShare != null) {
                    s.finding(Finding.number("recipient-share", rec.abbrev() + "'s share of " + sup.abbrev() + "'s arms exports",
                            100 * recipientShare, "%", RULE, List.of(dyadRef, supRef)));
                }
                if (supplierShare != null) {
                    s.finding(Finding.number("supplier-share", sup.abbrev() + "'s share of " + rec.abbrev() + "'s arms imports",
                            100 * supplierShare, "%", RULE, List.of(dyadRef, recRef))
                            .withNote(src.get().basis() == ArmsMarketShares.Basis.TIV_TABLES
                                    ? "imports counted from the loaded export tables only" : null));
                }
                factorRefs.add(dyadRef);
                // the category mix and licensed share need deal detail, which the TIV tables lack: with
                // them, the detail comes from the deals (detailed register, else register) of the window
                ArmsMarketShares.FlowSource detailSrc = src.get().basis() == ArmsMarketShares.Basis.TIV_TABLES
                        ? ctx.data().armsDealSource(ctx.from, ctx.year).orElse(src.get()) : src.get();
                ArmsMarketShares detail = ctx.data().arms(detailSrc);
                int dds = detailSrc.datasetIds().get(detailSrc.datasetIds().size() - 1);
                String dtable = detailSrc.table();
                if (detailSrc != src.get()) {
                    for (int id : detailSrc.datasetIds()) {
                        s.use(ctx.store.use(id));
                    }
                }
                double detailTiv = detailSrc == src.get() ? dyad.tiv() : detail.volume(S, R, ctx.from, ctx.year).tiv();
                List<ArmsMarketShares.CategoryVolume> cats = detail.categories(S, R, ctx.from, ctx.year);
                if (!cats.isEmpty() && detailTiv > 0) {
                    List<Table.Row> crow = new ArrayList<>();
                    for (ArmsMarketShares.CategoryVolume c : cats) {
                        crow.add(new Table.Row(List.of(c.category(), Numbers.format(c.tiv()),
                                Numbers.format(100 * c.tiv() / detailTiv) + "%",
                                c.combatAircraftTiv() > 0 ? Numbers.format(100 * c.combatAircraftTiv() / detailTiv) + "%" : ""),
                                List.of(ctx.store.ref(dds, dtable, flow + ", " + ctx.window() + ", category " + c.category(),
                                        c.lines().size(), c.lines()))));
                    }
                    s.tables.add(new Table("categories", "Category mix " + flow + ", " + ctx.window() + " (SIPRI)",
                            List.of("category", "TIV", "share", "of which combat aircraft"), crow,
                            "Categories from the export where it gives one, else from the weapon description (arms-categories.csv)."
                                    + (detailSrc == src.get() ? "" : " Shares of the deals' TIV: " + detailSrc.rule())));
                }
                ArmsMarketShares.Volume lic = detail.licensed(S, R, ctx.from, ctx.year);
                if (lic != null && detailTiv > 0) {
                    licensed = lic.tiv() / detailTiv;
                    s.finding(Finding.number("licensed-share", "Licensed production in " + rec.abbrev() + ", share of the deliveries",
                            100 * licensed, "%", RULE, List.of(ctx.store.ref(dds, dtable,
                                    flow + ", local production or a licence in the comments", lic.rows(), lic.lines()))));
                }
                summary.add(String.format(Locale.ROOT, "SIPRI: %s TIV %s in %s", flow, Numbers.format(dyad.tiv()), ctx.window())
                        + (recipientShare == null ? "" : ", " + Numbers.format(100 * recipientShare) + "% of "
                                + sup.abbrev() + "'s exports")
                        + (supplierShare == null ? "" : ", " + Numbers.format(100 * supplierShare) + "% of "
                                + rec.abbrev() + "'s imports"));
                s.note(TIV_NOTE);
            }
        }
        if (!sipri) {
            s.gaps.add(ctx.gap(DatasetFamily.SIPRI_ARMS, "deliveries, shares and category mix come from the case's deals only"));
        }

        // The case's deals: payment terms, licences and technology, and a dollar figure to set against trade.
        Double caseLicensed = null;
        if (ctx.hasCase()) {
            List<ArmsDeal> deals = ctx.kase.armsDeals().stream()
                    .filter(d -> (PartyRef.is(d.supplier(), sup) && PartyRef.is(d.recipient(), rec))
                            || (PartyRef.is(d.supplier(), rec) && PartyRef.is(d.recipient(), sup)))
                    .filter(d -> d.orderYear() == null || d.orderYear() <= ctx.year)
                    .toList();
            if (!deals.isEmpty()) {
                List<Table.Row> rows = new ArrayList<>();
                for (ArmsDeal d : deals) {
                    String qty = d.quantity() == null ? "" : d.quantity() + (d.quantityMax() == null ? "" : "–" + d.quantityMax());
                    String pay = d.payment() == null || d.payment().hardCurrencyShare() == null ? ""
                            : Numbers.format(100 * d.payment().hardCurrencyShare()) + "% hard currency";
                    String tech = (d.licensedProduction() ? "licence" : "") + (d.licensedProduction() && d.technologyTransfer() ? ", " : "")
                            + (d.technologyTransfer() ? "technology" : "");
                    rows.add(new Table.Row(List.of(d.system(), d.category() == null ? "" : d.category(), qty,
                            d.orderYear() == null ? "" : d.orderYear().toString(),
                            d.valueUsdMillions() == null ? "" : Numbers.format(d.valueUsdMillions()), pay, tech,
                            d.status() == null ? "" : d.status()), ctx.cite(d)));
                }
                s.tables.add(new Table("deals", "Deals in the case (" + deals.size() + ")",
                        List.of("system", "category", "quantity", "ordered", "US$ m", "payment", "licence / technology", "status"),
                        rows, "Values are prices in current US$ where the sources give one."));
                // category mix by number of deals, when SIPRI is not loaded
                if (!sipri) {
                    Map<String, Integer> byCat = new LinkedHashMap<>();
                    deals.forEach(d -> byCat.merge(d.category() == null ? "unknown" : d.category(), 1, Integer::sum));
                    List<Table.Row> crow = new ArrayList<>();
                    byCat.forEach((k, v) -> crow.add(new Table.Row(List.of(k, Integer.toString(v),
                            Numbers.format(100.0 * v / deals.size()) + "%"), ctx.citeAll(deals.stream()
                                    .filter(d -> k.equals(d.category() == null ? "unknown" : d.category())).toList()))));
                    s.tables.add(new Table("categories", "Category mix of the case's deals (by number of deals)",
                            List.of("category", "deals", "share"), crow, "By count: most deals in the sources have no value."));
                    Map<Integer, List<ArmsDeal>> byYear = new java.util.TreeMap<>();
                    deals.stream().filter(d -> d.orderYear() != null).forEach(d -> byYear.computeIfAbsent(d.orderYear(),
                            k -> new ArrayList<>()).add(d));
                    List<Table.Row> yrow = new ArrayList<>();
                    byYear.forEach((y, ds) -> yrow.add(new Table.Row(List.of(Integer.toString(y), Integer.toString(ds.size()),
                            String.join("; ", ds.stream().map(ArmsDeal::system).toList())), ctx.citeAll(ds))));
                    s.tables.add(new Table("orders", "The case's deals by order year (no delivery register loaded)",
                            List.of("year", "deals", "systems"), yrow, null));
                }
                // hard currency against barter
                List<ArmsDeal> paid = deals.stream().filter(d -> d.payment() != null && d.payment().hardCurrencyShare() != null).toList();
                if (!paid.isEmpty()) {
                    double hc = paid.stream().mapToDouble(d -> d.payment().hardCurrencyShare()).average().orElse(0);
                    s.finding(Finding.number("hard-currency", "Hard-currency share of payment (mean over the "
                            + paid.size() + " deals with terms)", 100 * hc, "%", RULE, ctx.citeAll(paid))
                            .withNote("barter share " + Numbers.format(100 * (1 - hc)) + "%; unweighted, as the sources give no price for these deals"));
                }
                // licences and technology transfer
                List<ArmsDeal> valued = deals.stream().filter(d -> d.valueUsdMillions() != null).toList();
                long techCount = deals.stream().filter(d -> d.licensedProduction() || d.technologyTransfer()).count();
                s.finding(Finding.number("tech-deals", "Deals with licensed production or technology transfer",
                        100.0 * techCount / deals.size(), "%", RULE, ctx.citeAll(deals))
                        .withNote(techCount + " of " + deals.size() + " deals"));
                if (!valued.isEmpty()) {
                    double total = valued.stream().mapToDouble(ArmsDeal::valueUsdMillions).sum();
                    double tech = valued.stream().filter(d -> d.licensedProduction() || d.technologyTransfer())
                            .mapToDouble(ArmsDeal::valueUsdMillions).sum();
                    caseLicensed = tech / total;
                    s.finding(Finding.number("tech-value", "Licensed production and technology transfer, share of the priced deals' value",
                            100 * caseLicensed, "%", RULE, ctx.citeAll(valued))
                            .withNote("US$ " + Numbers.format(tech) + " m of " + Numbers.format(total) + " m"));
                }
                factorRefs.addAll(ctx.citeAll(deals));
                summary.add(deals.size() + " deals in the case");
            }
            armsShareOfTrade(ctx, s, sup, rec);
        }

        // shares the case claims, where SIPRI is not loaded
        if (recipientShare == null && supplierShare == null && ctx.hasCase()) {
            Claim rc = latestShareClaim(ctx, "share-of-supplier-exports", sup, rec);
            Claim sc = latestShareClaim(ctx, "share-of-recipient-imports", sup, rec);
            if (rc != null) {
                recipientShare = rc.value() / 100;
                factorRefs.addAll(ctx.cite(rc));
                s.finding(Finding.number("recipient-share-claimed", rec.abbrev() + "'s share of " + sup.abbrev()
                        + "'s arms exports, as the case claims", rc.value(), "%", RULE, ctx.cite(rc)).withNote(rc.text()));
            }
            if (sc != null) {
                supplierShare = sc.value() / 100;
                factorRefs.addAll(ctx.cite(sc));
                s.finding(Finding.number("supplier-share-claimed", sup.abbrev() + "'s share of " + rec.abbrev()
                        + "'s arms imports, as the case claims", sc.value(), "%", RULE, ctx.cite(sc)).withNote(sc.text()));
            }
        }
        Double mean = Incompatibility.mean(recipientShare, supplierShare);
        if (mean != null) {
            double lic = licensed != null ? licensed : caseLicensed != null ? caseLicensed : 0;
            String licBasis = licensed != null ? "SIPRI licensed share" : caseLicensed != null ? "case licence/technology value share"
                    : "no licence data (taken as 0)";
            s.factors.add(new FactorInput("arms-foundation", "Arms-trade ties", foundationScore(mean, lic),
                    "min(1, 2 × mean of the two market shares " + Numbers.format(mean) + ") × (1 − " + licBasis + " "
                            + Numbers.format(lic) + " / 2)", factorRefs));
        }
        if (s.findings.isEmpty() && s.tables.isEmpty()) {
            s.status(ctx.hasCase() ? Section.Status.NO_DATA : Section.Status.NO_DATA)
                    .summary("No arms transfers between " + ctx.pair() + " in the case or the loaded data.");
        } else {
            s.summary(String.join("; ", summary) + ".");
        }
        return s.build();
    }

    /** Supplier first: the majority direction of the case's deals, else the larger SIPRI flow, else a → b. */
    static Party[] direction(Context ctx) {
        if (ctx.hasCase()) {
            long ab = ctx.kase.armsDeals().stream().filter(d -> PartyRef.is(d.supplier(), ctx.a) && PartyRef.is(d.recipient(), ctx.b)).count();
            long ba = ctx.kase.armsDeals().stream().filter(d -> PartyRef.is(d.supplier(), ctx.b) && PartyRef.is(d.recipient(), ctx.a)).count();
            if (ab != ba) {
                return ab > ba ? new Party[] {ctx.a, ctx.b} : new Party[] {ctx.b, ctx.a};
            }
        }
        if (ctx.hasStore()) {
            Optional<ArmsMarketShares.FlowSource> src = ctx.data().armsSource(ctx.from, ctx.year);
            if (src.isPresent()) {
                ArmsMarketShares m = ctx.data().arms(src.get());
                double ab = m.volume(List.of(ctx.a.ccode()), List.of(ctx.b.ccode()), ctx.from, ctx.year).tiv();
                double ba = m.volume(List.of(ctx.b.ccode()), List.of(ctx.a.ccode()), ctx.from, ctx.year).tiv();
                if (ba > ab) {
                    return new Party[] {ctx.b, ctx.a};
                }
            }
        }
        return new Party[] {ctx.a, ctx.b};
    }

    private static Claim latestShareClaim(Context ctx, String metric, Party sup, Party rec) {
        Claim best = null;
        int bestYear = Integer.MIN_VALUE;
        for (Claim c : ctx.kase.claims()) {
            if (!metric.equals(c.metric()) || c.params() == null) {
                continue;
            }
            String r = c.params().getOrDefault("recipients", c.params().get("recipient"));
            if (!PartyRef.is(c.params().get("supplier"), sup) || r == null || !PartyRef.is(r.strip(), rec)) {
                continue;
            }
            int[] y = ClaimCheck.years(c.params().get("years"));
            if (y != null && y[1] <= ctx.year && y[1] > bestYear) {
                best = c;
                bestYear = y[1];
            }
        }
        return best;
    }

    /** Arms as a share of bilateral trade: the case's dollar arms figures against trade over the same years. */
    private static void armsShareOfTrade(Context ctx, SectionBuilder s, Party sup, Party rec) {
        TradeFigure arms = ctx.kase.trade().stream()
                .filter(t -> t.measure() != null && t.measure().startsWith("arms-") && !t.measure().equals("arms-orders"))
                .filter(t -> PartyRef.is(t.from(), sup) && PartyRef.is(t.to(), rec))
                .filter(t -> (t.toYear() == null ? t.year() : t.toYear()) <= ctx.year)
                .reduce((x, y) -> y).orElse(null);
        if (arms == null) {
            s.note("Arms as a share of bilateral trade: the case gives no dollar figure for " + sup.abbrev() + "'s arms sales to "
                    + rec.abbrev() + (ctx.hasStore() ? "; SIPRI TIV cannot be set against trade in dollars." : "."));
            return;
        }
        int y0 = arms.year();
        int y1 = arms.toYear() == null ? arms.year() : arms.toYear();
        int years = y1 - y0 + 1;
        double armsPerYear = arms.usdMillions() / years;
        Double tradePerYear = null;
        List<SourceRef> refs = new ArrayList<>(ctx.cite(arms));
        String tradeBasis = null;
        if (ctx.hasStore()) {
            Optional<DyadTrade.Series> t = ctx.data().trade(ctx.a.ccode(), ctx.b.ccode(), y0, y1);
            if (t.isPresent()) {
                List<DyadTrade.Year> ok = t.get().years().stream().filter(y -> y.total() != null).toList();
                if (!ok.isEmpty()) {
                    tradePerYear = ok.stream().mapToDouble(DyadTrade.Year::total).average().orElse(0);
                    s.use(ctx.store.use(t.get().datasetId()));
                    refs.add(ctx.store.ref(t.get().datasetId(), "trade_flow", "dyad " + ctx.a.ccode() + "–" + ctx.b.ccode()
                            + ", " + y0 + "–" + y1, ok.size(), null));
                    tradeBasis = "COW dyadic trade, mean of " + ok.size() + " years";
                }
            }
        }
        if (tradePerYear == null) {
            List<TradeFigure> totals = ctx.kase.trade().stream().filter(t -> "total".equals(t.measure()))
                    .filter(t -> (PartyRef.is(t.from(), sup) && PartyRef.is(t.to(), rec)) || (PartyRef.is(t.from(), rec) && PartyRef.is(t.to(), sup)))
                    .filter(t -> t.toYear() == null && t.year() >= y0 && t.year() <= y1).toList();
            if (!totals.isEmpty()) {
                tradePerYear = totals.stream().mapToDouble(TradeFigure::usdMillions).average().orElse(0);
                refs.addAll(ctx.citeAll(totals));
                tradeBasis = "the case's trade totals, mean of " + totals.size() + " years";
            }
        }
        if (tradePerYear == null || tradePerYear == 0) {
            s.note("Arms as a share of bilateral trade: no bilateral trade figure for " + y0 + "–" + y1 + ".");
            return;
        }
        s.finding(Finding.number("arms-share-of-trade", "Arms as a share of bilateral trade, " + (years == 1 ? y0 : y0 + "–" + y1),
                100 * armsPerYear / tradePerYear, "%", RULE, refs)
                .withNote("arms US$ " + Numbers.format(armsPerYear) + " m a year (" + arms.measure() + ") against trade US$ "
                        + Numbers.format(tradePerYear) + " m a year (" + tradeBasis + ")"));
    }
}
