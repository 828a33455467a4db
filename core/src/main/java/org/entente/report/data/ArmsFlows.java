package org.entente.report.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.entente.measure.ArmsMarketShares;

/**
 * SIPRI deliveries between two states by year, in TIV, and the recipient's share of the supplier's
 * deliveries to everyone, as charts and the API show them. The flows are those the assessment
 * uses ({@link ArmsMarketShares}: one flow source chosen for the window), so a chart and section 4
 * never disagree.
 */
public final class ArmsFlows {

    /** The series and the store table they came from ({@code table} null when no flows are loaded). */
    public record Result(YearSeries deliveries, YearSeries supplierTotal, YearSeries shareOfSupplierExports,
            String table) {}

    private static final String UNIT = "TIV million";

    private final Connection connection;

    public ArmsFlows(Connection connection) {
        this.connection = connection;
    }

    public Result read(State supplier, State recipient, int fromYear, int toYear) throws SQLException {
        String key = supplier.abbrev() + "-" + recipient.abbrev();
        Optional<ArmsMarketShares.FlowSource> source = ArmsMarketShares.choose(connection, fromYear, toYear);
        if (source.isEmpty()) {
            String none = "no SIPRI arms flows loaded";
            return new Result(empty("arms-" + key, none), empty("arms-" + supplier.abbrev() + "-all", none),
                    empty("arms-share-" + key, none), null);
        }
        ArmsMarketShares shares = new ArmsMarketShares(connection, source.get());
        Map<Integer, Double> pair = byYear(shares.yearly(List.of(supplier.ccode()), List.of(recipient.ccode()),
                fromYear, toYear));
        Map<Integer, Double> total = byYear(shares.yearly(List.of(supplier.ccode()), null, fromYear, toYear));
        List<Integer> datasets = source.get().datasetIds();
        String basis = basis(source.get());
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
                source.get().table());
    }

    private static String basis(ArmsMarketShares.FlowSource s) {
        return switch (s.basis()) {
            case TIV_TABLES -> "SIPRI TIV export tables (tiv_flow): TIV by delivery year as published";
            case DELIVERIES -> "SIPRI per-delivery-year export (arms_delivery): TIV of each deal's deliveries by year";
            case REGISTER -> "SIPRI trade register (arms_deal): each deal's delivered TIV spread evenly over its"
                    + " delivery years (an estimate: the register does not give the split)";
        };
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
