package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.data.AllianceSpells;
import org.entente.data.DatasetFamily;
import org.entente.data.StoreData;
import org.entente.measure.survival.AllianceSpell;
import org.entente.measure.survival.CoxModel;
import org.entente.measure.survival.Covariate;
import org.entente.measure.survival.Grouping;
import org.entente.measure.survival.LogRank;
import org.entente.measure.survival.SpellBuilder;
import org.entente.measure.survival.SurvivalAnalysis;
import org.entente.measure.survival.SurvivalCurve;
import org.entente.report.chart.SurvivalChart;
import org.entente.report.chart.SvgCharts;
import org.entente.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import de.siegmar.fastcsv.writer.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alliances", mixinStandardHelpOptions = true,
        description = {"Survival of ATOP alliances: spells, Kaplan-Meier curves with the",
            "log-rank test, Cox models. Method: docs/alliance-survival.md."},
        subcommands = {AlliancesCommand.Spells.class, AlliancesCommand.Survival.class, AlliancesCommand.Cox.class})
final class AlliancesCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { TEXT, CSV, JSON }

    /** Options every subcommand takes. */
    static final class Common {
        @Mixin StoreOption store;

        @Option(names = "--level", defaultValue = "alliance", paramLabel = "LEVEL",
                description = "alliance (one spell per alliance) or phase (one per ATOP phase); default: ${DEFAULT-VALUE}.")
        String level;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text, csv or json (default: ${DEFAULT-VALUE}).")
        String format;

        Format format() {
            try {
                return Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--format: expected text, csv or json, got '" + format + "'");
            }
        }

        AllianceSpells.Level level() {
            return switch (level.toLowerCase(Locale.ROOT)) {
                case "alliance" -> AllianceSpells.Level.ALLIANCE;
                case "phase" -> AllianceSpells.Level.PHASE;
                default -> throw new UsageProblem("--level: expected alliance or phase, got '" + level + "'");
            };
        }

        /** The spells, or a usage problem (exit 2) when ATOP is not loaded. */
        SpellBuilder.Spells spells() throws Exception {
            AllianceSpells.Level lv = level();
            format();
            try (Store s = store.openReadOnly()) {
                SpellBuilder.Spells spells = SpellBuilder.build(new StoreData(s).allianceSpells(lv));
                if (spells.spells().isEmpty()) {
                    throw new UsageProblem("no ATOP alliances in the store " + store.path() + ": "
                            + DatasetFamily.ATOP.notLoaded());
                }
                return spells;
            }
        }

        String describe(SpellBuilder.Spells s) {
            long ended = s.spells().stream().filter(AllianceSpell::ended).count();
            String unit = level().equals(AllianceSpells.Level.ALLIANCE) ? "alliances" : "alliance phases";
            return String.format(Locale.ROOT, "ATOP (dataset %d): %d %s, %d ended, %d in effect on %s (censored there)",
                    s.inputs().dataset(level().equals(AllianceSpells.Level.ALLIANCE) ? "atop_alliance" : "atop_alliance_phase")
                            .orElse(0),
                    s.spells().size(), unit, ended, s.spells().size() - ended,
                    org.entente.measure.survival.SpellDates.COVERAGE_END);
        }
    }

    @Command(name = "spells", mixinStandardHelpOptions = true,
            description = {"The spells: one row per alliance or phase, with its covariates.",
                "Dates, duration in years, ended or censored, type."},
            footer = {"", "Examples:", "  ./entente alliances spells --format csv > spells.csv",
                "  ./entente alliances spells --level phase"})
    static final class Spells implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--yearly", description = "Alliance-years (start, stop] with the covariates of each year, as the"
                + " time-varying Cox model uses them (rows with a covariate unknown left out).")
        boolean yearly;

        @Override
        public Integer call() throws Exception {
            SpellBuilder.Spells s = common.spells();
            PrintWriter out = spec.commandLine().getOut();
            if (yearly) {
                List<String> cols = new ArrayList<>(List.of("id", "start", "stop", "ended"));
                Covariate.DEFAULT.forEach(c -> cols.add(c.key()));
                List<List<String>> rows = new ArrayList<>();
                for (var iv : SpellBuilder.yearly(s, Covariate.DEFAULT)) {
                    List<String> r = new ArrayList<>(List.of(s.spells().get(iv.subject()).id(), Double.toString(iv.start()),
                            Double.toString(iv.stop()), iv.event() ? "1" : "0"));
                    for (double v : iv.x()) {
                        r.add(Double.toString(v));
                    }
                    rows.add(r);
                }
                if (common.format() == Format.TEXT) {
                    out.println(common.describe(s));
                    table(out, cols, rows);
                } else {
                    csv(out, cols, rows);
                }
                out.flush();
                return 0;
            }
            List<String> cols = new ArrayList<>(List.of("id", "atopid", "phase", "start", "end", "years", "ended", "type",
                    "members"));
            for (Covariate c : Covariate.values()) {
                cols.add(c.key());
            }
            List<List<String>> rows = new ArrayList<>();
            for (AllianceSpell sp : s.spells()) {
                List<String> r = new ArrayList<>(List.of(sp.id(), Integer.toString(sp.atopid()), Integer.toString(sp.phase()),
                        sp.start().toString(), sp.end().toString(), Double.toString(sp.years()), sp.ended() ? "1" : "0",
                        sp.type(), Integer.toString(sp.members().size())));
                for (Covariate c : Covariate.values()) {
                    Double v = c.of(sp);
                    r.add(v == null ? "" : Double.toString(v));
                }
                rows.add(r);
            }
            switch (common.format()) {
                case CSV -> csv(out, cols, rows);
                case JSON -> {
                    List<Map<String, String>> docs = new ArrayList<>();
                    for (List<String> r : rows) {
                        Map<String, String> m = new LinkedHashMap<>();
                        for (int i = 0; i < cols.size(); i++) {
                            m.put(cols.get(i), r.get(i).isEmpty() ? null : r.get(i));
                        }
                        docs.add(m);
                    }
                    json(out, docs);
                }
                case TEXT -> {
                    out.println(common.describe(s));
                    table(out, cols, rows);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "survival", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Kaplan-Meier curves and medians, overall or by group; log-rank test.",
                "Alliances in effect at the end of ATOP's coverage (31 Dec 2018)",
                "are censored there."},
            footer = {"", "Groupings (--by): all, type, bilateral, major, arms.", "", "Examples:",
                "  ./entente alliances survival", "  ./entente alliances survival --by type --chart km-type.svg",
                "  ./entente alliances survival --by major --steps", "  ./entente alliances survival --by bilateral --format csv"})
    static final class Survival implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--by", defaultValue = "all", paramLabel = "GROUPING", description = "all, type, bilateral, major or arms.")
        String by;

        @Option(names = "--steps", description = "Print every step of each curve, not only selected years.")
        boolean steps;

        @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write the curves with 95% bands as an SVG chart.")
        Path chart;

        @Option(names = "--max-years", defaultValue = "60", paramLabel = "YEARS", description = "Chart's time axis (default: ${DEFAULT-VALUE}).")
        double maxYears;

        static final double[] AT = {1, 2, 5, 10, 20, 30, 50};

        @Override
        public Integer call() throws Exception {
            Grouping g;
            try {
                g = Grouping.parse(by);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--by: " + e.getMessage());
            }
            SpellBuilder.Spells s = common.spells();
            SurvivalAnalysis.Result r = SurvivalAnalysis.of(s.spells(), g);
            if (r.curves().isEmpty()) {
                throw new UsageProblem("no alliance has a group for --by " + g.key()
                        + (g == Grouping.MAJOR ? " (load COW majors)" : g == Grouping.ARMS ? " (load the SIPRI register)" : ""));
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (common.format()) {
                case CSV -> {
                    List<List<String>> rows = new ArrayList<>();
                    for (SurvivalCurve c : r.curves()) {
                        for (SurvivalCurve.Step st : c.steps()) {
                            rows.add(List.of(c.label(), num(st.time()), Integer.toString(st.atRisk()), Integer.toString(st.events()),
                                    Integer.toString(st.censored()), num(st.survival()), num(st.stdErr()), num(st.lower()),
                                    num(st.upper())));
                        }
                    }
                    csv(out, List.of("group", "years", "n_risk", "n_event", "n_censor", "survival", "std_err", "lower95",
                            "upper95"), rows);
                }
                case JSON -> {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("level", common.level.toLowerCase(Locale.ROOT));
                    doc.put("grouping", g.key());
                    doc.put("datasets", s.inputs().datasets());
                    doc.put("excluded", r.excluded());
                    doc.put("curves", r.curves());
                    doc.put("logRank", r.logRank());
                    json(out, doc);
                }
                case TEXT -> text(out, common.describe(s), g, r);
            }
            out.flush();
            if (chart != null) {
                String title = "Alliances still in effect" + (g == Grouping.ALL ? "" : ", by " + g.key())
                        + " (Kaplan-Meier, 95% bands)";
                write(chart, SvgCharts.svg(SurvivalChart.curves(title, r.curves(), List.of(), maxYears), "km", 760, 440));
                spec.commandLine().getErr().println("chart written to " + chart);
            }
            return 0;
        }

        private void text(PrintWriter out, String describe, Grouping g, SurvivalAnalysis.Result r) {
            out.println("Kaplan-Meier survival of ATOP " + (common.level().equals(AllianceSpells.Level.ALLIANCE) ? "alliances"
                    : "alliance phases") + (g == Grouping.ALL ? "" : " by " + g.key() + ": " + g.description()));
            out.println(describe);
            if (r.excluded() > 0) {
                out.println(r.excluded() + " left out: no group (the data the grouping needs do not cover them)");
            }
            out.println();
            List<String> cols = new ArrayList<>(List.of("group", "n", "ended", "median years", "95% CI"));
            for (double t : AT) {
                cols.add("S(" + (int) t + ")");
            }
            List<List<String>> rows = new ArrayList<>();
            for (SurvivalCurve c : r.curves()) {
                List<String> row = new ArrayList<>(List.of(c.label(), Integer.toString(c.n()), Integer.toString(c.events()),
                        c.median() == null ? "not reached" : fmt(c.median(), 2),
                        (c.medianLower() == null ? "NA" : fmt(c.medianLower(), 2)) + " – "
                                + (c.medianUpper() == null ? "NA" : fmt(c.medianUpper(), 2))));
                for (double t : AT) {
                    row.add(fmt(c.survivalAt(t), 3));
                }
                rows.add(row);
            }
            table(out, cols, rows);
            if (r.logRank() != null) {
                LogRank.Result lr = r.logRank();
                out.println();
                out.printf(Locale.ROOT, "Log-rank test: chi-square %s on %d df, p = %s%n", fmt(lr.chiSquare(), 2), lr.df(),
                        pval(lr.p()));
                List<List<String>> oe = new ArrayList<>();
                for (int i = 0; i < lr.groups().size(); i++) {
                    oe.add(List.of(lr.groups().get(i), Integer.toString(lr.n().get(i)), fmt(lr.observed()[i], 0),
                            fmt(lr.expected()[i], 2)));
                }
                table(out, List.of("group", "n", "observed", "expected"), oe);
            }
            for (SurvivalCurve c : r.curves()) {
                out.println();
                out.println("Kaplan-Meier table: " + c.label() + (steps ? "" : " (selected years; --steps for every step)"));
                List<List<String>> kt = new ArrayList<>();
                if (steps) {
                    for (SurvivalCurve.Step st : c.steps()) {
                        kt.add(step(st.time(), st.atRisk(), st.events(), st.survival(), st.stdErr(), st.lower(), st.upper()));
                    }
                } else {
                    // as R's summary(survfit, times = ...): at risk at t, events since the previous time
                    int k = 0;
                    SurvivalCurve.Step last = null;
                    for (double t : AT) {
                        int events = 0;
                        while (k < c.steps().size() && c.steps().get(k).time() <= t) {
                            last = c.steps().get(k);
                            events += last.events();
                            k++;
                        }
                        int atRisk = 0;
                        for (SurvivalCurve.Step st : c.steps()) {
                            if (st.time() >= t) {
                                atRisk += st.events() + st.censored();
                            }
                        }
                        if (last == null) {
                            kt.add(step(t, atRisk, events, 1, 0, 1.0, 1.0));
                        } else {
                            kt.add(step(t, atRisk, events, last.survival(), last.stdErr(), last.lower(), last.upper()));
                        }
                    }
                }
                table(out, List.of("years", "at risk", "ended", "survival", "std.err", "lower 95%", "upper 95%"), kt);
            }
        }

        private static List<String> step(double t, int atRisk, int events, double surv, double se, Double lo, Double hi) {
            return List.of(fmt(t, 3), Integer.toString(atRisk), Integer.toString(events), fmt(surv, 4), fmt(se, 4),
                    lo == null ? "NA" : fmt(lo, 4), hi == null ? "NA" : fmt(hi, 4));
        }
    }

    @Command(name = "cox", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Cox model of alliance duration, with the proportional-hazards test.",
                "Efron ties, as R's coxph; hazard ratios, standard errors, 95% intervals;",
                "the test as R's cox.zph. Covariates are taken at the alliance's start."},
            footer = {"", "Covariates (--covariates, comma-separated; default: the first ten):",
                "  cinc_asymmetry, major_power, milinst, bilateral, defense, offense,",
                "  neutral, nonagg, conditional, asymmetric,",
                "  arms_share (SIPRI; alliances from 1955 only), consul", "", "Examples:",
                "  ./entente alliances cox",
                "  ./entente alliances cox --covariates arms_share,major_power,milinst",
                "  ./entente alliances cox --level phase --format json"})
    static final class Cox implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Common common;

        @Option(names = "--covariates", split = ",", paramLabel = "NAME", description = "Covariates of the model.")
        List<String> covariates;

        @Option(names = "--time-varying", description = "Split each spell into alliance-years and update CINC asymmetry,"
                + " major power and the arms share every year ((start, stop] counting-process data).")
        boolean timeVarying;

        @Override
        public Integer call() throws Exception {
            List<Covariate> cov = new ArrayList<>();
            try {
                for (String c : covariates == null ? List.<String>of() : covariates) {
                    cov.add(Covariate.parse(c));
                }
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--covariates: " + e.getMessage());
            }
            if (cov.isEmpty()) {
                cov = Covariate.DEFAULT;
            }
            SpellBuilder.Spells s = common.spells();
            if (timeVarying) {
                return timeVaryingOut(spec.commandLine().getOut(), common, s, cov);
            }
            SurvivalAnalysis.Design d = SurvivalAnalysis.design(s.spells(), cov);
            if (d.subjects().size() <= cov.size() || d.subjects().stream().noneMatch(x -> x.event())) {
                throw new UsageProblem("too few alliances with every covariate known (" + d.subjects().size()
                        + "); load COW NMC and majors, the ATOP institutions file and the SIPRI register, or choose fewer covariates");
            }
            CoxModel.Fit fit = CoxModel.fit(cov.stream().map(Covariate::key).toList(), d.subjects());
            PrintWriter out = spec.commandLine().getOut();
            switch (common.format()) {
                case CSV -> {
                    List<List<String>> rows = new ArrayList<>();
                    for (CoxModel.Coefficient c : fit.coefficients()) {
                        CoxModel.PhTest ph = fit.proportionalHazards().stream().filter(t -> t.name().equals(c.name())).findFirst()
                                .orElseThrow();
                        rows.add(List.of(c.name(), num(c.coef()), num(c.hazardRatio()), num(c.se()), num(c.z()), num(c.p()),
                                num(c.lower()), num(c.upper()), num(ph.chiSquare()), num(ph.p())));
                    }
                    csv(out, List.of("covariate", "coef", "hazard_ratio", "se", "z", "p", "lower95", "upper95", "ph_chisq",
                            "ph_p"), rows);
                }
                case JSON -> {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("level", common.level.toLowerCase(Locale.ROOT));
                    doc.put("ties", "efron");
                    doc.put("datasets", s.inputs().datasets());
                    doc.put("n", fit.n());
                    doc.put("events", fit.events());
                    doc.put("excluded", d.excluded());
                    doc.put("coefficients", fit.coefficients());
                    doc.put("logLik", fit.logLik());
                    doc.put("logLikNull", fit.logLikNull());
                    doc.put("likelihoodRatio", Map.of("chiSquare", fit.likelihoodRatio(), "df", fit.df(), "p", fit.likelihoodRatioP()));
                    doc.put("proportionalHazards", fit.proportionalHazards());
                    doc.put("notInModel", Covariate.NOT_AVAILABLE);
                    json(out, doc);
                }
                case TEXT -> {
                    out.println("Cox proportional hazards of ATOP " + (common.level().equals(AllianceSpells.Level.ALLIANCE)
                            ? "alliances" : "alliance phases") + " (Efron ties; covariates at the start)");
                    out.println(common.describe(s));
                    out.printf(Locale.ROOT, "n = %d, ended = %d; %d left out (a covariate unknown)%n%n", fit.n(), fit.events(),
                            d.excluded());
                    coefficients(out, fit.coefficients());
                    out.printf(Locale.ROOT, "%nLikelihood ratio test: %s on %d df, p = %s (log-likelihood %s; null %s)%n",
                            fmt(fit.likelihoodRatio(), 2), fit.df(), pval(fit.likelihoodRatioP()), fmt(fit.logLik(), 3),
                            fmt(fit.logLikNull(), 3));
                    out.println();
                    out.println("Proportional-hazards test (as R's cox.zph, Kaplan-Meier transform; small p: the effect changes with time)");
                    List<List<String>> ph = new ArrayList<>();
                    for (CoxModel.PhTest t : fit.proportionalHazards()) {
                        ph.add(List.of(t.name(), fmt(t.chiSquare(), 3), Integer.toString(t.df()), pval(t.p())));
                    }
                    table(out, List.of("covariate", "chi-square", "df", "p"), ph);
                    out.println();
                    out.println("Covariates:");
                    for (Covariate c : cov) {
                        out.println("  " + c.key() + ": " + c.description() + " [" + c.source() + "]");
                    }
                    out.println("Not in the model:");
                    Covariate.NOT_AVAILABLE.forEach(n -> out.println("  " + n));
                }
            }
            out.flush();
            return 0;
        }
    }

    static Integer timeVaryingOut(PrintWriter out, Common common, SpellBuilder.Spells s, List<Covariate> cov) throws IOException {
        List<org.entente.measure.survival.TimeVaryingCox.Interval> rows = SpellBuilder.yearly(s, cov);
        if (rows.stream().noneMatch(org.entente.measure.survival.TimeVaryingCox.Interval::event)) {
            throw new UsageProblem("no alliance-year with every covariate known ends an alliance; load COW NMC and majors,"
                    + " the ATOP institutions file and the SIPRI register, or choose fewer covariates");
        }
        var fit = org.entente.measure.survival.TimeVaryingCox.fit(cov.stream().map(Covariate::key).toList(), rows);
        switch (common.format()) {
            case CSV -> {
                List<List<String>> r = new ArrayList<>();
                for (CoxModel.Coefficient c : fit.coefficients()) {
                    r.add(List.of(c.name(), num(c.coef()), num(c.hazardRatio()), num(c.se()), num(c.z()), num(c.p()),
                            num(c.lower()), num(c.upper())));
                }
                csv(out, List.of("covariate", "coef", "hazard_ratio", "se", "z", "p", "lower95", "upper95"), r);
            }
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("level", common.level.toLowerCase(Locale.ROOT));
                doc.put("timeVarying", true);
                doc.put("ties", "efron");
                doc.put("datasets", s.inputs().datasets());
                doc.put("subjects", fit.subjects());
                doc.put("intervals", fit.intervals());
                doc.put("events", fit.events());
                doc.put("coefficients", fit.coefficients());
                doc.put("logLik", fit.logLik());
                doc.put("logLikNull", fit.logLikNull());
                json(out, doc);
            }
            case TEXT -> {
                out.println("Time-varying Cox model of ATOP " + (common.level().equals(AllianceSpells.Level.ALLIANCE)
                        ? "alliances" : "alliance phases") + " (Efron ties; alliance-years, (start, stop] in years since the start)");
                out.println(common.describe(s));
                out.printf(Locale.ROOT, "%d alliance-years of %d spells, %d ended; years with a covariate unknown left out%n",
                        fit.intervals(), fit.subjects(), fit.events());
                out.println("Updated every year: cinc_asymmetry, major_power, arms_share; the rest as at the start.");
                out.println();
                coefficients(out, fit.coefficients());
                double lr = 2 * (fit.logLik() - fit.logLikNull());
                out.printf(Locale.ROOT, "%nLikelihood ratio test: %s on %d df (log-likelihood %s; null %s)%n", fmt(lr, 2),
                        fit.coefficients().size(), fmt(fit.logLik(), 3), fmt(fit.logLikNull(), 3));
                out.println("No proportional-hazards test for the time-varying form: run without --time-varying for it.");
            }
        }
        out.flush();
        return 0;
    }

    /** The coefficient table as R's summary.coxph prints it. */
    static void coefficients(PrintWriter out, List<CoxModel.Coefficient> coefficients) {
        List<List<String>> rows = new ArrayList<>();
        for (CoxModel.Coefficient c : coefficients) {
            rows.add(List.of(c.name(), fmt(c.coef(), 4), fmt(c.hazardRatio(), 4), fmt(c.se(), 4), fmt(c.z(), 2), pval(c.p()),
                    fmt(c.lower(), 4), fmt(c.upper(), 4)));
        }
        table(out, List.of("covariate", "coef", "hazard ratio", "se(coef)", "z", "p", "lower 95%", "upper 95%"), rows);
    }

    static String fmt(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String pval(double p) {
        return Double.isNaN(p) ? "NA" : p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    static String num(Double v) {
        return v == null || v.isNaN() ? "" : Double.toString(v);
    }

    static void table(PrintWriter out, List<String> cols, List<List<String>> rows) {
        int[] w = cols.stream().mapToInt(String::length).toArray();
        for (List<String> r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, cols, w);
        for (int i = 0; i < w.length; i++) {
            sb.append("-".repeat(w[i])).append(i + 1 < w.length ? "  " : "\n");
        }
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        out.print(sb);
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            // text left, figures right
            boolean left = i == 0;
            String pad = " ".repeat(Math.max(0, w[i] - c.length()));
            sb.append(left ? c + pad : pad + c).append(i + 1 < w.length ? "  " : "\n");
        }
    }

    static void csv(PrintWriter out, List<String> cols, List<List<String>> rows) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(cols);
        rows.forEach(csv::writeRecord);
        try {
            csv.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void json(PrintWriter out, Object doc) throws IOException {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(doc));
    }

    /** Writes through a temporary file beside the target, so a half-written chart never stands in its place. */
    static void write(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".chart", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
