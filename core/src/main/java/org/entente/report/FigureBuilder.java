package org.entente.report;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.model.ArmsDeal;
import org.entente.model.Case;
import org.entente.model.TradeFigure;
import org.entente.data.DatasetFamily;
import org.entente.report.chart.BarometerPoint;
import org.entente.report.chart.ColourScale;
import org.entente.report.chart.Heatmap;
import org.entente.report.chart.ReportCharts;
import org.entente.report.chart.SvgCharts;
import org.entente.report.data.ArmsFlows;
import org.entente.report.data.CaseViews;
import org.entente.report.data.PairView;
import org.entente.report.data.TradeFlows;
import org.entente.report.data.YearSeries;
import org.jfree.chart.JFreeChart;

/**
 * Draws the report's six charts from the store's series ({@link PairView}) and the case's views
 * ({@link CaseViews}); a chart with nothing to draw becomes a note saying what to load.
 */
final class FigureBuilder {

    static final int WIDTH = 760;
    static final int HEIGHT = 380;

    private final PairView pair;
    private final Case kase;
    private final Map<Integer, String> datasetLabels;

    /** {@code datasetLabels}: dataset id → how a caption names it ("dataset 3, SIPRI ..."). */
    FigureBuilder(PairView pair, Case kase, Map<Integer, String> datasetLabels) {
        this.pair = pair;
        this.kase = kase;
        this.datasetLabels = datasetLabels;
    }

    List<Figure> all() {
        return List.of(threats(), capabilities(), arms(), trade(), barometer(), ach());
    }

    Figure arms() {
        String a = pair.a().abbrev();
        String b = pair.b().abbrev();
        String title = "Arms transfers " + a + "–" + b + " by year (SIPRI TIV)";
        ArmsFlows.Result main = pair.mainArmsFlow();
        List<YearSeries> bars = new ArrayList<>();
        for (ArmsFlows.Result r : List.of(pair.armsAtoB(), pair.armsBtoA())) {
            if (!r.deliveries().isEmpty()) {
                bars.add(r.deliveries());
            }
        }
        if (!bars.isEmpty()) {
            YearSeries share = main.shareOfSupplierExports();
            JFreeChart chart = ReportCharts.armsTransfers(title, bars, share, pair.fromYear(), pair.toYear());
            int points = bars.stream().mapToInt(s -> s.points().size()).sum() + share.points().size();
            String caption = "Bars: deliveries in TIV (SIPRI's volume index in millions of 1990 US$, not a price). Line: "
                    + share.label() + ", in percent. " + main.deliveries().basis() + ".";
            return Figure.drawn("arms", 4, title, caption, svg(chart, "arms", HEIGHT), points,
                    datasetSources(main.deliveries().datasets()));
        }
        if (kase != null && !kase.armsDeals().isEmpty()) {
            return caseDeals();
        }
        return Figure.missing("arms", 4, title, pair.missing(DatasetFamily.SIPRI_ARMS)
                + (kase == null ? "; and there is no case file with deals" : "; and the case has no deals"));
    }

    /** Without SIPRI data: the case's deals, their value by order year in the sources' US$. */
    private Figure caseDeals() {
        String title = "Arms deals in the case file, by order year (US$ million as the sources give them)";
        Map<String, TreeMap<Integer, Double>> byDirection = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ArmsDeal d : kase.armsDeals()) {
            if (d.orderYear() != null && d.valueUsdMillions() != null) {
                byDirection.computeIfAbsent(d.supplier() + " → " + d.recipient(), k -> new TreeMap<>())
                        .merge(d.orderYear(), d.valueUsdMillions(), Double::sum);
                sources.addAll(d.sources());
            }
        }
        if (byDirection.isEmpty()) {
            return Figure.missing("arms", 4, title, "the case's deals give no values; "
                    + pair.missing(DatasetFamily.SIPRI_ARMS));
        }
        List<YearSeries> bars = new ArrayList<>();
        byDirection.forEach((k, m) -> bars.add(series("deals " + k, k + " (case deals, US$ million)", m, "US$ million")));
        JFreeChart chart = ReportCharts.armsTransfers(title, bars, null, kase.fromYear(), kase.toYear());
        int points = bars.stream().mapToInt(s -> s.points().size()).sum();
        return Figure.drawn("arms", 4, title, pair.missing(DatasetFamily.SIPRI_ARMS) + ". So the chart shows the"
                + " contract values of the case's deals (a price, unlike SIPRI's TIV); SIPRI's data would show deliveries"
                + " by year and the recipient's share of the supplier's exports.", svg(chart, "arms", HEIGHT), points,
                caseSources(sources));
    }

    Figure trade() {
        String a = pair.a().abbrev();
        String b = pair.b().abbrev();
        String title = "Bilateral trade " + a + "–" + b + " by year (current US$ million)";
        TradeFlows.Result t = pair.trade();
        List<YearSeries> lines = new ArrayList<>();
        for (YearSeries s : List.of(t.total(), t.importsOfA(), t.importsOfB())) {
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        List<YearSeries> markers = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        if (kase != null) {
            Map<String, TreeMap<Integer, Double>> byMeasure = new LinkedHashMap<>();
            for (TradeFigure f : kase.trade()) {
                // only bilateral figures (a total naming no side is the pair's): a total with the world or a
                // third state is another quantity
                boolean unnamed = f.from() == null && f.to() == null && "total".equals(f.measure());
                boolean bilateral = unnamed || (isParty(f.from(), a) && isParty(f.to(), b))
                        || (isParty(f.from(), b) && isParty(f.to(), a));
                if (bilateral && f.toYear() == null && ("total".equals(f.measure()) || "exports".equals(f.measure()))) {
                    String k = "total".equals(f.measure()) ? "case: total trade"
                            : "case: exports " + f.from() + " → " + f.to();
                    byMeasure.computeIfAbsent(k, x -> new TreeMap<>()).put(f.year(), f.usdMillions());
                    sources.addAll(f.sources());
                }
            }
            byMeasure.forEach((k, m) -> markers.add(series(k, k, m, TradeFlows.UNIT)));
        }
        if (lines.isEmpty() && markers.isEmpty()) {
            return Figure.missing("trade", 4, title, pair.missing(DatasetFamily.COW_TRADE)
                    + "; and the case gives no trade figures");
        }
        JFreeChart chart = ReportCharts.yearLines(title, TradeFlows.UNIT, lines, markers, pair.fromYear(),
                pair.toYear(), new DecimalFormat("#,##0"));
        int points = lines.stream().mapToInt(s -> s.points().size()).sum()
                + markers.stream().mapToInt(s -> s.points().size()).sum();
        String caption = (lines.isEmpty() ? pair.missing(DatasetFamily.COW_TRADE) + ". The squares are the case's figures."
                : "Lines: " + t.total().basis() + "." + (markers.isEmpty() ? "" : " Squares: figures the case's sources give."));
        List<String> src = new ArrayList<>(datasetSources(lines.isEmpty() ? List.of() : t.total().datasets()));
        src.addAll(caseSources(sources));
        return Figure.drawn("trade", 4, title, caption, svg(chart, "trade", HEIGHT), points, src);
    }

    Figure capabilities() {
        String title = "CINC of the parties and the main third states";
        List<YearSeries> lines = pair.cinc().stream().filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            return Figure.missing("cinc", 3, title, pair.missing(DatasetFamily.COW_NMC));
        }
        JFreeChart chart = ReportCharts.yearLines(title, "CINC (share of world capabilities)", lines, List.of(),
                pair.fromYear(), pair.toYear(), new DecimalFormat("0.00"));
        int points = lines.stream().mapToInt(s -> s.points().size()).sum();
        return Figure.drawn("cinc", 3, title, "Composite Index of National Capability as published in COW NMC."
                + " Third states: those the case names as threat sources, then the largest by mean CINC over the"
                + " period.", svg(chart, "cinc", HEIGHT), points, datasetSources(lines.get(0).datasets()));
    }

    Figure barometer() {
        String title = "Rhetoric barometer: how the sides characterised the relationship at each summit";
        if (kase == null || kase.summits().isEmpty()) {
            return Figure.missing("barometer", 5, title, kase == null ? "no case file: the barometer needs the case's summits"
                    : "the case lists no summits");
        }
        CaseViews.Barometer bar = CaseViews.barometer(kase);
        List<BarometerPoint> points = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (CaseViews.BarometerEntry e : bar.summits()) {
            if (e.level() != null) {
                points.add(new BarometerPoint(e.time(), e.level(), e.tag()));
                sources.addAll(e.sources());
            }
        }
        if (points.isEmpty()) {
            return Figure.missing("barometer", 5, title, "no summit characterisation matches a level of the scale");
        }
        JFreeChart chart = ReportCharts.barometer(title, points, bar.levels(), kase.fromYear(), kase.toYear());
        return Figure.drawn("barometer", 5, title, "Each point is a summit or joint statement (S1, S2... as in the"
                + " case timeline), placed on the ordinal scale of rule-barometer by the strongest phrase of its"
                + " characterisation, or by the analyst's level.", svg(chart, "barometer", HEIGHT + 40),
                points.size(), caseSources(sources));
    }

    Figure threats() {
        String title = "Threat perceptions of the two parties (intensity 0–3)";
        if (kase == null || kase.threats().isEmpty()) {
            return Figure.missing("threats", 2, title, kase == null ? "no case file: threat perceptions come from the case"
                    : "the case lists no threat perceptions");
        }
        CaseViews.ThreatMatrix m = CaseViews.threats(kase);
        if (m.threats().isEmpty()) {
            return Figure.missing("threats", 2, title, "no external threat perceived by either party");
        }
        int n = m.threats().size();
        Double[][] values = new Double[n][2];
        String[][] cells = new String[n][2];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 2; c++) {
                int v = m.intensity().get(r).get(c);
                values[r][c] = (double) v;
                cells[r][c] = Integer.toString(v);
            }
        }
        Heatmap h = new Heatmap(m.threats(), m.parties(), values, cells);
        JFreeChart chart = ReportCharts.heatmap(title, h, ColourScale.intensity(), "perceiver", "");
        String caption = "Rows: threat source / issue; columns: the party perceiving it."
                + (m.weightedJaccard() == null ? "" : " Congruence (weighted Jaccard, rule-threat): "
                        + org.entente.assess.Numbers.format(m.weightedJaccard()) + "; cosine "
                        + (m.cosine() == null ? "n/a" : org.entente.assess.Numbers.format(m.cosine())) + ".");
        Set<String> sources = new LinkedHashSet<>();
        kase.threats().forEach(t -> sources.addAll(t.sources()));
        return Figure.drawn("threats", 2, title, caption, svg(chart, "threats", 110 + 26 * n), 2 * n,
                caseSources(sources));
    }

    Figure ach() {
        String title = "Analysis of competing hypotheses: evidence against hypotheses";
        if (kase == null || kase.hypotheses().isEmpty() || kase.evidence().isEmpty()) {
            return Figure.missing("ach", 6, title, kase == null ? "no case file: ACH needs the case's hypotheses and evidence"
                    : "the case lists no hypotheses or no evidence");
        }
        CaseViews.AchMatrix m = CaseViews.ach(kase);
        int nr = m.items().size();
        int nc = m.hypotheses().size();
        Double[][] values = new Double[nr][nc];
        String[][] cells = new String[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                String rating = m.items().get(r).ratings().get(c);
                values[r][c] = (double) ratingValue(rating);
                cells[r][c] = rating;
            }
        }
        List<String> rows = m.items().stream().map(CaseViews.AchItem::id).toList();
        List<String> cols = m.hypotheses().stream()
                .map(h -> h.id() + " (" + org.entente.assess.Numbers.format(h.inconsistency()) + ")").toList();
        Heatmap h = new Heatmap(rows, cols, values, cells);
        JFreeChart chart = ReportCharts.heatmap(title, h, ColourScale.consistency(), "hypothesis (weighted inconsistency)",
                "evidence");
        StringBuilder caption = new StringBuilder("Heuer's ratings of each evidence item (rows) against each hypothesis"
                + " (columns); in brackets each hypothesis's weighted inconsistency score (rule-ach), the lowest leading:");
        for (CaseViews.AchHypothesis x : m.hypotheses()) {
            caption.append(' ').append(x.id()).append(" = ").append(x.label()).append(x.leads() ? " (leads)" : "").append(';');
        }
        caption.setLength(caption.length() - 1);
        caption.append('.');
        Set<String> sources = new LinkedHashSet<>();
        kase.evidence().forEach(e -> sources.addAll(e.sources()));
        return Figure.drawn("ach", 6, title, caption.toString(), svg(chart, "ach", 130 + 20 * nr), nr * nc,
                caseSources(sources));
    }

    private static boolean isParty(String ref, String abbrev) {
        return ref != null && ref.strip().equalsIgnoreCase(abbrev);
    }

    static int ratingValue(String rating) {
        return switch (rating) {
            case "CC" -> 2;
            case "C" -> 1;
            case "I" -> -1;
            case "II" -> -2;
            default -> 0;
        };
    }

    private static YearSeries series(String key, String label, Map<Integer, Double> byYear, String unit) {
        List<YearSeries.Point> pts = new ArrayList<>();
        byYear.forEach((y, v) -> pts.add(new YearSeries.Point(y, v)));
        return new YearSeries(key, label, unit, pts, List.of(), "case file");
    }

    private List<String> datasetSources(List<Integer> ids) {
        return ids.stream().map(id -> datasetLabels.getOrDefault(id, "dataset " + id)).toList();
    }

    private List<String> caseSources(Set<String> ids) {
        return ids.isEmpty() ? List.of() : List.of("case sources " + String.join(", ", ids));
    }

    private static String svg(JFreeChart chart, String id, int height) {
        return SvgCharts.svg(chart, "chart-" + id, WIDTH, height);
    }
}
