package org.entente.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.model.ArmsDeal;
import org.entente.model.Case;
import org.entente.model.CaseFact;
import org.entente.model.Claim;
import org.entente.model.Consistency;
import org.entente.model.Evidence;
import org.entente.model.Hypothesis;
import org.entente.model.Obligation;
import org.entente.model.PartialDate;
import org.entente.model.Party;
import org.entente.model.PaymentTerms;
import org.entente.model.Source;
import org.entente.model.StrategicObjective;
import org.entente.model.Summit;
import org.entente.model.ThreatPerception;
import org.entente.model.TradeFigure;
import org.entente.model.Treaty;
import org.entente.model.TreatyObligation;


/** Small hand-built cases for the rule tests: every fact cites source "s1". */
final class CaseBuilder {

    static final Party RUS = new Party(365, "RUS", "Russia");
    static final Party CHN = new Party(710, "CHN", "China");
    static final List<String> S1 = List.of("s1");

    final List<Treaty> treaties = new ArrayList<>();
    final List<Summit> summits = new ArrayList<>();
    final List<ArmsDeal> deals = new ArrayList<>();
    final List<TradeFigure> trade = new ArrayList<>();
    final List<ThreatPerception> threats = new ArrayList<>();
    final List<StrategicObjective> objectives = new ArrayList<>();
    final List<CaseFact> facts = new ArrayList<>();
    final List<Hypothesis> hypotheses = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    static TreatyObligation provision(String article, Obligation o) {
        return new TreatyObligation(article, o, null, article + " " + o, S1);
    }

    CaseBuilder treaty(String id, String signed, boolean formal, TreatyObligation... provisions) {
        treaties.add(new Treaty(id, id, PartialDate.parse(signed), null, List.of("RUS", "CHN"), formal, List.of(provisions), null, S1));
        return this;
    }

    CaseBuilder threat(String perceiver, String source, String issue, int intensity) {
        threats.add(new ThreatPerception(perceiver, source, issue, intensity, "test", S1));
        return this;
    }

    CaseBuilder objective(String party, String issue, StrategicObjective.Stance stance) {
        objectives.add(new StrategicObjective(party, issue, stance, null, S1));
        return this;
    }

    CaseBuilder fact(String id, CaseFact.Category c, int direction) {
        facts.add(new CaseFact(id, c, null, id, null, null, 2000, direction, id, S1));
        return this;
    }

    CaseBuilder summit(String date, String characterisation, Integer level) {
        summits.add(new Summit("summit-" + date, PartialDate.parse(date), null, List.of(), "summit", characterisation, level, null, S1));
        return this;
    }

    CaseBuilder hypothesis(String id) {
        hypotheses.add(new Hypothesis(id, id + " label", null, id, S1));
        return this;
    }

    CaseBuilder evidence(String id, double weight, Map<String, Consistency> ratings) {
        evidence.add(new Evidence(id, id + " description", weight, ratings, S1));
        return this;
    }

    CaseBuilder deal(String id, Integer orderYear, Double value, Double hardCurrency, boolean licensed) {
        deals.add(new ArmsDeal(id, "RUS", "CHN", id, "aircraft", 10, orderYear, List.of(), value,
                hardCurrency == null ? null : new PaymentTerms(hardCurrency, 1 - hardCurrency, null, null), licensed, false, null, S1));
        return this;
    }

    CaseBuilder claim(String id, String metric, Map<String, String> params, double value, String unit, Double tolerance) {
        claims.add(new Claim(id, id + " text", metric, params, value, unit, tolerance, S1));
        return this;
    }

    Case build() {
        return new Case("test-case", "Test case", List.of(RUS, CHN), 1990, 2001, "a test",
                List.of(new Source("s1", "paper", "Test paper", "note 1")), treaties, summits, deals, trade, List.of(), threats,
                objectives, facts, hypotheses, evidence, claims);
    }
}
