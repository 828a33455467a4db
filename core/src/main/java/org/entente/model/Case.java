package org.entente.model;

import java.util.List;

/** A whole case file: one relationship over a period, and everything the analyst knows of it. */
public record Case(
        String id,
        String title,
        List<Party> parties,
        int fromYear,
        int toYear,
        String summary,
        List<Source> sources,
        List<Treaty> treaties,
        List<Summit> summits,
        List<ArmsDeal> armsDeals,
        List<TradeFigure> trade,
        List<ArmsExportSystem> exportSystems,
        List<ThreatPerception> threats,
        List<StrategicObjective> objectives,
        List<CaseFact> facts,
        List<Hypothesis> hypotheses,
        List<Evidence> evidence,
        List<Claim> claims) {

    public Party partyA() {
        return parties.get(0);
    }

    public Party partyB() {
        return parties.get(1);
    }
}
