package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.assess.AppliedAssumption;
import org.entente.assess.Assessment;
import org.entente.data.AllianceSpells;
import org.entente.data.DatasetFamily;
import org.entente.data.StoreData;
import org.entente.measure.survival.CaseOutcome;
import org.entente.measure.survival.CaseSurvival;
import org.entente.measure.survival.Covariate;
import org.entente.measure.survival.SpellBuilder;
import org.entente.report.chart.SurvivalChart;
import org.entente.report.chart.SvgCharts;

/**
 * Section 8's survival chart: the Kaplan-Meier curve of all ATOP alliances with its band, and the
 * Cox model's predicted curve for the case's alliance (and with the {@code --assume covariate.*}
 * values, when given), the same prediction section 8 prints.
 */
final class SurvivalFigure {

    static final String ID = "survival";
    static final double MAX_YEARS = 50;

    private SurvivalFigure() {}

    static Figure of(Assessment assessment, StoreData store) {
        String title = "Survival of the parties' ATOP alliance: Cox prediction beside all alliances";
        SpellBuilder.Spells spells = SpellBuilder.build(store.allianceSpells(AllianceSpells.Level.ALLIANCE));
        if (spells.spells().isEmpty()) {
            return Figure.missing(ID, 8, title, DatasetFamily.ATOP.notLoaded());
        }
        Map<Covariate, Double> assumed = new LinkedHashMap<>();
        for (AppliedAssumption a : assessment.assumptions()) {
            if (a.key().startsWith("covariate.")) {
                assumed.put(Covariate.parse(a.key().substring("covariate.".length())), Double.parseDouble(a.value()));
            }
        }
        CaseOutcome o = CaseSurvival.of(spells.spells(), assessment.parties().get(0).ccode(),
                assessment.parties().get(1).ccode(), assessment.year(), assumed);
        if (o instanceof CaseOutcome.Missing m) {
            return Figure.missing(ID, 8, title, "no prediction: " + m.reason());
        }
        CaseSurvival c = (CaseSurvival) o;
        List<SurvivalChart.Predicted> lines = new ArrayList<>();
        double[][] base = c.curve(c.x());
        String id = "ATOP " + c.alliance().atopid();
        lines.add(new SurvivalChart.Predicted(id + " predicted (Cox)", base[0], base[1]));
        if (c.assumedX() != null) {
            double[][] with = c.curve(c.assumedX());
            lines.add(new SurvivalChart.Predicted(id + " with the assumptions", with[0], with[1]));
        }
        String svg = SvgCharts.svg(SurvivalChart.curves(title, List.of(c.all()), lines, MAX_YEARS), ID, FigureBuilder.WIDTH,
                FigureBuilder.HEIGHT);
        String caption = "Shaded: the Kaplan-Meier estimate of the share of all " + c.all().n()
                + " ATOP alliances still in effect, with its 95% band. Dashed: the survival a Cox model of "
                + c.fit().n() + " alliances (Efron ties, covariates at the start) predicts for " + id + ", begun "
                + c.alliance().start() + ". Alliances in effect at the end of 2018 are censored. Method: docs/alliance-survival.md.";
        List<String> sources = new ArrayList<>();
        spells.inputs().datasets().forEach((table, ds) -> sources.add("dataset " + ds + " (" + table + ")"));
        return Figure.drawn(ID, 8, title, caption, svg, c.all().steps().size() + base[0].length, sources);
    }
}
