package org.entente.report.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.entente.model.State;
import org.entente.data.ArmsMarketShares;
import org.entente.data.StoreData;

/**
 * SIPRI deliveries between two states by year, in TIV, and the recipient's share of the supplier's
 * deliveries to everyone, as charts and the API show them. The flows are those the assessment
 * uses and {@code dyads} writes ({@link ArmsMarketShares#choose}: one flow source chosen for the
 * window by the one rule), so a chart, section 4, the API and a panel never disagree.
 */
public final class ArmsFlows {

    /**
     * The series and the store table they came from ({@code table} null when no flows are loaded);
     * {@code estimated} when the yearly figures are the register's even spread, not SIPRI's own.
     */
    public record Result(YearSeries deliveries, YearSeries supplierTotal, YearSeries shareOfSupplierExports,
            String table, boolean estimated) {}

    private static final String UNIT = "TIV million";

    private final StoreData data;

    public ArmsFlows(StoreData data) {
        this.data = data;
    }

    public Result read(State supplier, State recipient, int fromYear, int toYear) {
        String key = supplier.abbrev() + "-" + recipient.abbrev();
        Optional<ArmsMarketShares.FlowSource> source = data.armsSource(fromYear, toYear);
        if (source.isEmpty()) {
            String none = "no SIPRI arms flows loaded";
            return new Result(empty("arms-" + key, none), empty("arms-" + supplier.abbrev() + "-all", none),
                    empty("arms-share-" + key, none), null, false);
        }
        ArmsMarketShares shares = data.arms(source.get());
        Map<Integer, Double> pair = byYear(shares.yearly(List.of(supplier.ccode()), List.of(recipient.ccode()),
                fromYear, toYear));
        Map<Integer, Double> total = byYear(shares.yearly(List.of(supplier.ccode()), null, fromYear, toYear));
        List<Integer> datasets = source.get().datasetIds();
        String basis = source.get().rule();
        List<YearSeries.Point> share = new ArrayList<>();
        total.forEach((year, all) -> {
            Double s = ArmsMarketShares.share(pair.getOrDefault(year, 0.0), all);
            if (s != null) {
                share.add(new YearSeries.Point(year, 100 * s));
            }
        });
        return new Result(
                new YearSeries("arms-" + key, supplier.abbrev() + " deliveries to " + recipient.abbrev(), UNIT,
                        points(pair), datasets, basis),
                new YearSeries("arms-" + supplier.abbrev() + "-all", supplier.abbrev() + " deliveries to all recipients",
                        UNIT, points(total), datasets, basis),
                new YearSeries("arms-share-" + key, recipient.abbrev() + "'s share of " + supplier.abbrev()
                        + "'s arms exports", "percent", share, datasets,
                        basis + "; share = deliveries to the recipient / deliveries to all recipients, same source"),
                source.get().table(), source.get().estimated());
    }

    private static Map<Integer, Double> byYear(List<ArmsMarketShares.YearVolume> rows) {
        Map<Integer, Double> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.year(), r.volume().tiv()));
        return m;
    }

    private static YearSeries empty(String key, String basis) {
        return new YearSeries(key, key, UNIT, List.of(), List.of(), basis);
    }

    private static List<YearSeries.Point> points(Map<Integer, Double> byYear) {
        List<YearSeries.Point> list = new ArrayList<>();
        byYear.forEach((y, v) -> list.add(new YearSeries.Point(y, v)));
        return list;
    }
}
