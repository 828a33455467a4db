package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.model.Summit;
import org.entente.data.DatasetFamily;
import org.entente.data.DyadEvents;

/** Section 5: the rhetoric barometer, and the pair's events where loaded. (rule-barometer) */
final class BarometerSection {

    static final String RULE = "rule-barometer";

    private BarometerSection() {}

    /** A summit's place on the scale: the analyst's level where given, else the scale's. */
    record Scored(Summit summit, Integer level, String decidedBy) {}

    static List<Scored> score(List<Summit> summits, RhetoricScale scale) {
        List<Scored> out = new ArrayList<>();
        for (Summit m : summits) {
            if (m.level() != null) {
                out.add(new Scored(m, m.level(), "analyst"));
                continue;
            }
            StringBuilder text = new StringBuilder(m.characterisation() == null ? "" : m.characterisation());
            if (m.quotes() != null) {
                for (String q : m.quotes()) {
                    text.append(". ").append(q);
                }
            }
            RhetoricScale.Score s = scale.score(text.toString());
            out.add(new Scored(m, s.level(), s.level() == null ? (m.characterisation() == null ? "no characterisation recorded"
                    : "no phrase of the scale") : "\"" + s.phrase() + "\""));
        }
        return out;
    }

    /** Least-squares slope of level on time (years, months as fractions); NaN with fewer than two points. */
    static double slope(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    static SectionOutcome build(Context ctx) {
        SectionBuilder s = new SectionBuilder(5, "barometer", "Rhetoric barometer");
        RhetoricScale scale = RhetoricScale.standard();
        boolean any = false;
        if (ctx.hasCase() && !ctx.kase.summits().isEmpty()) {
            List<Summit> summits = ctx.kase.summits().stream().filter(m -> m.date() != null && m.date().year() <= ctx.year)
                    .sorted((x, y) -> x.date().compareTo(y.date())).toList();
            List<Scored> scored = score(summits, scale);
            List<Table.Row> rows = new ArrayList<>();
            List<double[]> points = new ArrayList<>();
            Map<Integer, Integer> byYear = new TreeMap<>();
            Map<Integer, List<Summit>> byYearSummits = new TreeMap<>();
            Scored latest = null;
            for (Scored x : scored) {
                Summit m = x.summit();
                rows.add(new Table.Row(List.of(m.date().toString(), m.place() == null ? "" : m.place(),
                        m.leaders() == null ? "" : String.join(", ", m.leaders()),
                        m.characterisation() == null ? "" : m.characterisation(),
                        x.level() == null ? "—" : x.level() + " " + scale.label(x.level()), x.decidedBy()), ctx.cite(m)));
                if (x.level() != null) {
                    double t = m.date().year() + (m.date().month() == null ? 0.5 : (m.date().month() - 0.5) / 12.0);
                    points.add(new double[] {t, x.level()});
                    byYear.merge(m.date().year(), x.level(), Math::max);
                    byYearSummits.computeIfAbsent(m.date().year(), k -> new ArrayList<>()).add(m);
                    latest = x;
                }
            }
            s.tables.add(new Table("summits", "Summits and their characterisation (scale 0 hostile .. " + scale.maxLevel() + " "
                    + scale.label(scale.maxLevel()) + ")", List.of("date", "place", "leaders", "characterisation", "level", "decided by"),
                    rows, "Levels from rhetoric-scale.csv: the highest level with an un-negated phrase in the characterisation or quotes."));
            if (!byYear.isEmpty()) {
                any = true;
                List<Table.Row> series = new ArrayList<>();
                byYear.forEach((yr, lvl) -> series.add(new Table.Row(List.of(Integer.toString(yr), Integer.toString(lvl),
                        scale.label(lvl)), ctx.citeAll(byYearSummits.get(yr)))));
                s.tables.add(new Table("series", "Barometer by year (highest level that year)", List.of("year", "level", "label"),
                        series, null));
                double sl = slope(points);
                List<Summit> scoredSummits = scored.stream().filter(x -> x.level() != null).map(Scored::summit).toList();
                if (!Double.isNaN(sl)) {
                    s.finding(Finding.number("trend", "Trend of the barometer (least-squares slope)", sl, "levels a year", RULE,
                            ctx.citeAll(scoredSummits)));
                }
                int peak = byYear.values().stream().max(Integer::compare).orElse(0);
                int peakYear = byYear.entrySet().stream().filter(e -> e.getValue() == peak).findFirst().get().getKey();
                s.finding(Finding.number("peak", "Peak level (" + scale.label(peak) + "), first reached in " + peakYear, peak, "",
                        RULE, ctx.citeAll(byYearSummits.get(peakYear))));
                s.finding(Finding.number("latest", "Latest level (" + latest.summit().date() + ", " + scale.label(latest.level()) + ")",
                        latest.level(), "", RULE, ctx.cite(latest.summit())));
                s.factors.add(new FactorInput("rhetoric", "Rhetoric (latest summit on the barometer)",
                        2.0 * latest.level() / scale.maxLevel() - 1, "2 × level / " + scale.maxLevel() + " − 1", ctx.cite(latest.summit())));
                s.summary(String.format("%d of %d summits scored; from level %d (%s) to %d (%s), peak %d in %d%s.", points.size(),
                        summits.size(), byYear.values().iterator().next(), byYear.keySet().iterator().next(), latest.level(),
                        latest.summit().date().year(), peak, peakYear,
                        Double.isNaN(sl) ? "" : ", trend " + Numbers.format(sl) + " levels a year"));
            }
        }
        if (ctx.hasStore()) {
            List<DyadEvents.Year> ev = ctx.data().events(ctx.a.ccode(), ctx.b.ccode(),
                    ctx.from, ctx.year);
            if (!ev.isEmpty()) {
                any = true;
                List<Table.Row> rows = new ArrayList<>();
                double gsum = 0;
                long gn = 0;
                List<SourceRef> refs = new ArrayList<>();
                for (DyadEvents.Year y : ev) {
                    List<SourceRef> r = new ArrayList<>();
                    for (int id : y.datasetIds()) {
                        s.use(ctx.store.use(id));
                        r.add(ctx.store.ref(id, "event", ctx.pair() + " either direction, " + y.year() + ", origin " + y.origin(),
                                y.events(), null));
                    }
                    refs.addAll(r);
                    rows.add(new Table.Row(List.of(Integer.toString(y.year()), y.origin(), Long.toString(y.events()),
                            y.meanGoldstein() == null ? "" : Numbers.format(y.meanGoldstein()),
                            y.cooperativeShare() == null ? "" : Numbers.format(100 * y.cooperativeShare()) + "%"), r));
                    if (y.meanGoldstein() != null) {
                        gsum += y.meanGoldstein() * y.events();
                        gn += y.events();
                    }
                }
                s.tables.add(new Table("events", "Events between " + ctx.pair() + " by year (both directions)",
                        List.of("year", "origin", "events", "mean Goldstein", "cooperative"), rows,
                        "Goldstein −10 hostile .. +10 cooperative; cooperative = CAMEO QuadClass 1 or 2."));
                if (gn > 0) {
                    double mean = gsum / gn;
                    s.finding(Finding.number("goldstein", "Mean Goldstein score of the pair's events, " + ctx.window(), mean, "", RULE, refs));
                    s.factors.add(new FactorInput("events", "Events (mean Goldstein)", mean / 10, "mean Goldstein / 10", refs));
                }
                if (!ctx.hasCase()) {
                    s.summary("No case evidence on summits; the pair's events from the loaded data follow.");
                }
            } else {
                s.gaps.add(ctx.gap(DatasetFamily.EVENTS, "no event series for the pair in " + ctx.window()));
            }
        } else {
            s.gaps.add(ctx.gap(DatasetFamily.EVENTS, "no event series for the pair"));
        }
        if (!any) {
            s.status(ctx.hasCase() ? Section.Status.NO_DATA : Section.Status.NO_CASE_EVIDENCE)
                    .summary(ctx.hasCase() ? "No summit in the case carries a characterisation the scale can read, and no events are loaded."
                            : "No case evidence on summits, and no events loaded for the pair.");
        } else if (!ctx.hasCase()) {
            s.note("No case evidence: the summit barometer needs a case file.");
        }
        return s.build();
    }
}
