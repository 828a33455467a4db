package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.model.Case;
import org.entente.model.Party;
import org.entente.model.Source;
import org.entente.data.OutsideCoverage;
import org.entente.data.StoreData;

/**
 * Runs the eight sections for a case file, or for a pair of states from loaded data alone, and
 * assembles the {@link Assessment}. With {@code --assume} overrides it runs twice, without and with
 * them, so that section 8 can show what the assumptions change.
 */
public final class Assessor {

    /** For a pair without a case, the window ends in the year asked and spans this many years (SIPRI's five-year totals). */
    public static final int DATA_WINDOW_YEARS = 5;

    private Assessor() {}

    /**
     * What to assess: a case (null for a pair from data alone), the parties (taken from the case
     * when it has them), the year (null: the case's last year) and the overrides.
     */
    public record Request(Case kase, Party a, Party b, Integer year, Assumptions assumptions) {}

    /** The result of one run of sections 1–7. */
    private record Run(List<SectionOutcome> sections, Boolean alliance, List<FactorInput> factors, String commonThreat) {}

    public static Assessment assess(Request req, StoreData data) {
        Case kase = req.kase();
        Party a = kase != null ? kase.partyA() : req.a();
        Party b = kase != null ? kase.partyB() : req.b();
        if (a == null || b == null) {
            throw new IllegalArgumentException("name two states, or a case file");
        }
        int year;
        int from;
        if (kase != null) {
            year = req.year() != null ? req.year() : kase.toYear();
            from = Math.min(kase.fromYear(), year);
        } else {
            if (req.year() == null) {
                throw new IllegalArgumentException("without a case file, give the year to assess with --year");
            }
            year = req.year();
            from = year - DATA_WINDOW_YEARS + 1;
        }
        List<String> missing = List.of();
        if (data != null) {
            String what = "assess " + a.abbrev() + "–" + b.abbrev();
            if (kase == null && data.catalogue().all().isEmpty()) {
                throw new OutsideCoverage(what + " from loaded data alone: no datasets are loaded; run 'entente data"
                        + " update', or import the files their publishers offer (entente import FILE...)");
            }
            // from data alone, a window wholly outside the loaded data is a usage error (with a case, the case
            // speaks for its years); partly outside, it runs and says what is missing
            if (kase == null) {
                data.catalogue().requireSomeCoverage(from, year, what + " in " + (from == year ? "" + year : from + "–" + year));
            }
            missing = data.catalogue().missingYears(from, year);
        }
        Assumptions assumptions = req.assumptions() == null ? Assumptions.none() : req.assumptions();
        StoreView store = new StoreView(data);

        Run baseline = run(new Context(kase, a, b, from, year, store));
        Verdict baseVerdict = DurabilityRule.verdict(baseline.factors(), baseline.alliance(), Map.of(), Map.of());
        Run finalRun = baseline;
        Verdict verdict = baseVerdict;
        List<AppliedAssumption> applied = List.of();
        if (!assumptions.isEmpty()) {
            Assumptions.Applied ap = assumptions.applyTo(kase, a, b);
            applied = ap.applied();
            finalRun = ap.changed() == kase ? baseline : run(new Context(ap.changed(), a, b, from, year, store));
            verdict = DurabilityRule.verdict(finalRun.factors(), finalRun.alliance(), assumptions.factorScores(),
                    assumptions.factorWeights());
        }

        // the standing what-if of the paper's closing argument: the strongest common threat at its highest
        Verdict scenario = null;
        String scenarioKey = null;
        boolean userSetThreat = assumptions.values().keySet().stream().anyMatch(k -> k.startsWith("threat."));
        if (kase != null && baseline.commonThreat() != null && !userSetThreat) {
            scenarioKey = "threat." + baseline.commonThreat() + "=" + ThreatCongruence.MAX_INTENSITY;
            Assumptions sa = Assumptions.parse(List.of(scenarioKey));
            Run sr = run(new Context(sa.applyTo(kase, a, b).changed(), a, b, from, year, store));
            scenario = DurabilityRule.verdict(sr.factors(), sr.alliance(), assumptions.factorScores(), assumptions.factorWeights());
        }

        List<Section> sections = new ArrayList<>();
        finalRun.sections().forEach(o -> sections.add(o.section()));
        SurvivalOutlook survival = SurvivalOutlook.of(store, a, b, year, assumptions.covariates());
        sections.add(DurabilitySection.build(verdict, assumptions.isEmpty() ? null : baseVerdict, applied, scenario, scenarioKey,
                kase != null, survival, store));

        List<Citation> bib = new ArrayList<>();
        if (kase != null) {
            for (Source s : kase.sources()) {
                bib.add(new Citation(s.id(), s.kind(), s.citation(), s.locator()));
            }
        }
        for (DataUse u : store.available() ? store.used() : List.<DataUse>of()) {
            bib.add(new Citation("dataset " + u.datasetId(), "store", u.citation(), u.fileName()));
        }
        bib.add(new Citation("method", "method", "Entente assessment method: the rules of every section", "docs/assessment-method.md"));
        String title = kase != null ? kase.title() : a.name() + " and " + b.name() + ", " + year + " (from loaded data)";
        return new Assessment(kase == null ? null : kase.id(), title, List.of(a, b), from, kase != null ? kase.toYear() : year, year,
                sections, verdict, assumptions.isEmpty() ? null : baseVerdict, applied, bib, "docs/assessment-method.md", missing);
    }

    private static Run run(Context ctx) {
        List<SectionOutcome> out = new ArrayList<>();
        AllianceSection.Outcome alliance = AllianceSection.build(ctx);
        out.add(alliance.section());
        out.add(ThreatSection.build(ctx));
        out.add(IncompatibilitySection.build(ctx));
        out.add(ArmsSection.build(ctx));
        out.add(BarometerSection.build(ctx));
        out.add(AchSection.build(ctx));
        out.add(ClaimsSection.build(ctx));
        List<FactorInput> factors = new ArrayList<>();
        out.forEach(o -> factors.addAll(o.factors()));
        String common = null;
        if (ctx.hasCase() && !ctx.kase.threats().isEmpty()) {
            ThreatCongruence.Result r = ThreatCongruence.compare(ctx.kase.threats(), ctx.a, ctx.b);
            common = r.commonThreatSource();
        }
        return new Run(out, alliance.alliance(), factors, common);
    }
}
