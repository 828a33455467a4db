package org.entente.report.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.model.State;
import org.entente.data.DyadTrade;
import org.entente.data.StoreData;

/**
 * Bilateral trade of a pair by year from COW Dyadic Trade, in current US$ million: each side's
 * imports from the other and their sum, as the assessment reads them ({@link DyadTrade}: the
 * newest release, the total where either flow is published).
 */
public final class TradeFlows {

    public static final String UNIT = "current US$ million";

    /** {@code importsOfA} = A's imports from B (COW's flow for A), and the reverse; {@code total} their sum. */
    public record Result(YearSeries total, YearSeries importsOfA, YearSeries importsOfB) {}

    private final StoreData data;

    public TradeFlows(StoreData data) {
        this.data = data;
    }

    public Result read(State a, State b, int fromYear, int toYear) {
        Optional<DyadTrade.Series> series = data.trade(a.ccode(), b.ccode(), fromYear, toYear);
        List<YearSeries.Point> total = new ArrayList<>();
        List<YearSeries.Point> ia = new ArrayList<>();
        List<YearSeries.Point> ib = new ArrayList<>();
        List<Integer> datasets = new ArrayList<>();
        series.ifPresent(s -> s.years().forEach(y -> {
            if (y.aImports() != null) {
                ia.add(new YearSeries.Point(y.year(), y.aImports()));
            }
            if (y.bImports() != null) {
                ib.add(new YearSeries.Point(y.year(), y.bImports()));
            }
            if (y.total() != null) {
                total.add(new YearSeries.Point(y.year(), y.total()));
            }
        }));
        if (series.isPresent() && !total.isEmpty()) {
            datasets.add(series.get().datasetId());
        }
        String basis = DyadTrade.RULE;
        String pair = a.abbrev() + "-" + b.abbrev();
        return new Result(
                new YearSeries("trade-total-" + pair, "Trade " + a.abbrev() + "–" + b.abbrev() + ", both ways", UNIT,
                        total, datasets, basis),
                new YearSeries("trade-imports-" + a.abbrev(), a.abbrev() + " imports from " + b.abbrev(), UNIT, ia,
                        datasets, basis),
                new YearSeries("trade-imports-" + b.abbrev(), b.abbrev() + " imports from " + a.abbrev(), UNIT, ib,
                        datasets, basis));
    }
}
