package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.model.Case;
import org.entente.model.Party;
import org.entente.model.Source;
import org.entente.model.ThreatPerception;
import org.entente.assess.Assessment;
import org.entente.assess.Citation;
import org.entente.report.data.CaseViews;
import org.entente.data.Catalogue;
import org.entente.data.StoreData;
import org.entente.report.data.PairView;
import org.entente.model.State;
import org.entente.model.StateDirectory;
import org.entente.report.data.TimelineEntry;

/**
 * Puts a report together: the assessment as computed, the charts drawn from the store and the case,
 * the case timeline, and a bibliography of every source and dataset the report cites.
 */
public final class ReportBuilder {

    private ReportBuilder() {}

    /** {@code kase} may be null (a pair assessed from data alone); {@code store} is read, never written. */
    public static ReportDocument build(Assessment assessment, Case kase, StoreData store, String generatedBy) {
        PairView pair = chartData(assessment, kase, store);
        List<Catalogue.LoadedDataset> used = store.catalogue().byIds(pair.datasets());
        Map<Integer, String> labels = new LinkedHashMap<>();
        used.forEach(d -> labels.put(d.id(), "dataset " + d.id() + " (" + d.fileName() + ")"));
        List<Figure> figures = new ArrayList<>(new FigureBuilder(pair, kase, labels).all());
        figures.add(SurvivalFigure.of(assessment, store));
        List<TimelineEntry> timeline = kase == null ? List.of() : CaseViews.timeline(kase);
        return new ReportDocument(id(assessment), assessment, figures, timeline, bibliography(assessment, kase, used),
                generatedBy);
    }

    /**
     * The same page without charts, from the assessment alone (no store read): what {@code entente
     * assess --format html} prints, so that the assessment has one HTML rendering.
     */
    public static ReportDocument withoutCharts(Assessment assessment, Case kase, String generatedBy) {
        List<TimelineEntry> timeline = kase == null ? List.of() : CaseViews.timeline(kase);
        return new ReportDocument(id(assessment), assessment, List.of(), timeline,
                bibliography(assessment, kase, List.of()), generatedBy);
    }

    /** What the charts draw: the pair's series over the charts' span, read as every other view reads them. */
    public static PairView chartData(Assessment assessment, Case kase, StoreData store) {
        State a = state(assessment.parties().get(0));
        State b = state(assessment.parties().get(1));
        return PairView.load(store, a, b, chartFrom(assessment), assessment.toYear(), namedThirdStates(kase));
    }

    /** Charts span at least this many years before the assessed one, when no case sets the period. */
    static final int MIN_CHART_YEARS = 15;

    /** The first year the charts show: the case's period, or enough years to show a trend for a pair. */
    static int chartFrom(Assessment a) {
        if (a.caseId() != null) {
            return a.fromYear();
        }
        return Math.min(a.fromYear(), a.year() - MIN_CHART_YEARS + 1);
    }

    /** The file name stem: the case id, or "A-B-YEAR" for a pair assessed from data. */
    static String id(Assessment a) {
        if (a.caseId() != null && !a.caseId().isBlank()) {
            return a.caseId();
        }
        return a.parties().get(0).abbrev() + "-" + a.parties().get(1).abbrev() + "-" + a.year();
    }

    static List<BibEntry> bibliography(Assessment a, Case kase, List<Catalogue.LoadedDataset> chartData) {
        Map<String, BibEntry> out = new LinkedHashMap<>();
        Set<String> texts = new LinkedHashSet<>();
        for (Citation c : a.bibliography()) {
            out.putIfAbsent(c.id(), new BibEntry(c.id(), c.kind(), c.citation(), c.locator()));
            texts.add(c.citation());
        }
        if (kase != null) {
            for (Source s : kase.sources()) {
                if (!out.containsKey(s.id())) {
                    out.put(s.id(), new BibEntry(s.id(), s.kind(), s.citation(), s.locator()));
                }
            }
        }
        for (Catalogue.LoadedDataset d : chartData) {
            String id = "dataset " + d.id();
            if (!out.containsKey(id) && !texts.contains(d.citation())) {
                String what = d.fileName() + (d.version() == null ? "" : ", version " + d.version())
                        + (d.generated() == null ? "" : ", generated " + d.generated());
                out.put(id, new BibEntry(id, "dataset", d.citation(), what));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static State state(Party p) {
        return new State(p.ccode(), p.abbrev(), p.name());
    }

    /** COW codes of the states the case names as threat sources, in the case's order. */
    static List<Integer> namedThirdStates(Case kase) {
        if (kase == null) {
            return List.of();
        }
        Set<Integer> codes = new LinkedHashSet<>();
        for (ThreatPerception t : kase.threats()) {
            StateDirectory.shared().find(t.threatSource()).ifPresent(s -> codes.add(s.ccode()));
        }
        return new ArrayList<>(codes);
    }
}
