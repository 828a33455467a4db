package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.data.AllianceSpells;
import org.entente.measure.survival.CaseOutcome;
import org.entente.measure.survival.CaseSurvival;
import org.entente.measure.survival.CoxModel;
import org.entente.measure.survival.Covariate;
import org.entente.measure.survival.SpellBuilder;
import org.entente.data.DatasetFamily;
import org.entente.model.Party;

/**
 * Section 8's evidence from data beside the rule (rule-survival): the Cox model of all ATOP alliances
 * predicts the survival of the case's alliance at 5, 10 and 20 years and its median, and a line says
 * whether that reading agrees with the rule-based verdict. {@code --assume covariate.NAME=V} moves
 * the curve; threat assumptions do not, as the model has no threat covariate (no rivalry data loaded).
 */
final class SurvivalOutlook {

    static final String RULE = "rule-survival";

    private final CaseOutcome outcome;
    private final Map<String, Integer> datasets;
    private final int year;

    private SurvivalOutlook(CaseOutcome outcome, Map<String, Integer> datasets, int year) {
        this.outcome = outcome;
        this.datasets = datasets;
        this.year = year;
    }

    /** Null when the assessment runs without a store. */
    static SurvivalOutlook of(StoreView store, Party a, Party b, int year, Map<Covariate, Double> assumed) {
        if (!store.available()) {
            return null;
        }
        SpellBuilder.Spells spells = SpellBuilder.build(store.data().allianceSpells(AllianceSpells.Level.ALLIANCE));
        if (spells.spells().isEmpty()) {
            return new SurvivalOutlook(new CaseOutcome.Missing("no ATOP alliances are loaded"), Map.of(), year);
        }
        return new SurvivalOutlook(CaseSurvival.of(spells.spells(), a.ccode(), b.ccode(), year, assumed),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spells.inputs().datasets())), year);
    }

    /** Adds the findings, the table and the agreement line to section 8. */
    void addTo(SectionBuilder s, Verdict verdict, StoreView store) {
        if (outcome instanceof CaseOutcome.Missing m) {
            s.gaps.add(store.gap(DatasetFamily.ATOP, "no survival model for the case's alliance: " + m.reason(),
                    year, year, "the parties' alliances"));
            return;
        }
        CaseSurvival c = (CaseSurvival) outcome;
        List<SourceRef> refs = new ArrayList<>();
        for (var d : datasets.entrySet()) {
            s.use(store.use(d.getValue()));
            refs.add(store.ref(d.getValue(), d.getKey(), "all", StoreView.UNCOUNTED, null));
        }
        SourceRef method = SourceRef.method(RULE, "Cox model of all ATOP alliances (Efron ties), covariates at the start;"
                + " docs/alliance-survival.md");
        refs.add(method);
        List<SourceRef> methodOnly = List.of(method);
        String id = "ATOP " + c.alliance().atopid();
        CoxModel.Fit fit = c.fit();
        for (double h : CaseSurvival.HORIZONS) {
            s.finding(Finding.number("survival-" + (int) h, "Predicted survival of " + id + " at " + (int) h + " years",
                    fit.survival(c.x(), h), "", RULE, h == CaseSurvival.HORIZONS[0] ? refs : methodOnly));
        }
        Double median = fit.median(c.x());
        s.finding(Finding.text("survival-median", "Predicted median duration of " + id,
                median == null ? "beyond " + Numbers.format(fit.times()[fit.times().length - 1]) + " years (not reached)"
                        : Numbers.format(median) + " years", RULE, methodOnly));

        List<Table.Row> rows = new ArrayList<>();
        rows.add(row("this alliance (data)", fit, c.x(), refs));
        if (c.assumedX() != null) {
            List<SourceRef> ar = new ArrayList<>(refs);
            c.assumed().forEach((k, v) -> ar.add(SourceRef.assumption("covariate." + k.key(), Numbers.format(v))));
            rows.add(row("with the assumptions", fit, c.assumedX(), ar));
        }
        List<String> cells = new ArrayList<>(List.of("all ATOP alliances (Kaplan-Meier)"));
        for (double h : CaseSurvival.HORIZONS) {
            cells.add(Numbers.format(c.all().survivalAt(h)));
        }
        cells.add(c.all().median() == null ? "not reached" : Numbers.format(c.all().median()));
        rows.add(new Table.Row(cells, refs));
        s.tables.add(new Table("survival", "Predicted survival of " + id + " (" + c.alliance().start() + ") from a Cox model"
                + " of " + fit.n() + " ATOP alliances", List.of("", "5 years", "10 years", "20 years", "median years"), rows,
                "Covariates at the start: " + covariates(c) + ". Not in the model: joint democracy, a shared rival"
                        + " (not loaded), so --assume threat.* leaves this curve unchanged; --assume covariate.NAME=V moves it."));

        double ten = fit.survival(c.assumedX() != null ? c.assumedX() : c.x(), 10);
        String model = CaseSurvival.reading(ten);
        String rule = verdict.rating().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        boolean comparable = verdict.rating() == Verdict.Rating.DURABLE || verdict.rating() == Verdict.Rating.FRAGILE
                || verdict.rating() == Verdict.Rating.UNCERTAIN;
        String agreement = !comparable ? "not comparable: the rule gives no durability rating (" + rule + ")"
                : model.equals(rule) ? "agree: both read " + model
                : "disagree: the rule reads " + rule + ", the model " + model;
        s.finding(Finding.text("survival-agreement", "Rule and survival model", agreement, RULE, methodOnly)
                .withNote("model reading from the predicted 10-year survival " + Numbers.format(ten) + ": durable from "
                        + Numbers.format(CaseSurvival.DURABLE_FROM) + ", fragile below "
                        + Numbers.format(CaseSurvival.FRAGILE_BELOW)));
    }

    private static Table.Row row(String label, CoxModel.Fit fit, double[] x, List<SourceRef> refs) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (double h : CaseSurvival.HORIZONS) {
            cells.add(Numbers.format(fit.survival(x, h)));
        }
        Double m = fit.median(x);
        cells.add(m == null ? "not reached" : Numbers.format(m));
        return new Table.Row(cells, refs);
    }

    private static String covariates(CaseSurvival c) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < c.covariates().size(); j++) {
            parts.add(c.covariates().get(j).key() + " " + Numbers.format(c.x()[j]));
        }
        return String.join(", ", parts);
    }
}
