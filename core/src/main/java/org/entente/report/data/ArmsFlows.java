package org.entente.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SIPRI deliveries between two states by year, in TIV, and the recipient's share of the supplier's
 * deliveries to everyone.
 *
 * <p>Which table: the TIV export tables ({@code tiv_flow}) give TIV by delivery year exactly, so
 * they win; then the detailed register ({@code arms_delivery}, one row per deal and year); then the
 * register ({@code arms_deal}), whose delivered TIV is split evenly over the deal's delivery years
 * (SIPRI does not publish the split there, so those years are marked as estimates). Within a table,
 * each supplier name is read from the newest dataset that has it, so two releases are never added
 * up, while SIPRI's separate "Soviet Union" and "Russia" rows (both COW 365) are.
 */
public final class ArmsFlows {

    /** What was read: the series and the table it came from (null when no table had the supplier). */
    public record Result(YearSeries deliveries, YearSeries supplierTotal, YearSeries shareOfSupplierExports,
            String table) {}

    private static final String UNIT = "TIV million";

    private final Connection connection;

    public ArmsFlows(Connection connection) {
        this.connection = connection;
    }

    public Result read(State supplier, State recipient, int fromYear, int toYear) throws SQLException {
        for (Table t : Table.values()) {
            List<Integer> datasets = newestDatasets(t, supplier.ccode());
            if (datasets.isEmpty()) {
                continue;
            }
            Map<Integer, Double> pair = sums(t, datasets, supplier.ccode(), recipient.ccode(), fromYear, toYear);
            Map<Integer, Double> total = sums(t, datasets, supplier.ccode(), null, fromYear, toYear);
            String basis = t.basis;
            String key = supplier.abbrev() + "-" + recipient.abbrev();
            YearSeries deliveries = new YearSeries("arms-" + key,
                    supplier.abbrev() + " deliveries to " + recipient.abbrev(), UNIT, points(pair), datasets, basis);
            YearSeries all = new YearSeries("arms-" + supplier.abbrev() + "-all",
                    supplier.abbrev() + " deliveries to all recipients", UNIT, points(total), datasets, basis);
            List<YearSeries.Point> share = new ArrayList<>();
            for (var e : total.entrySet()) {
                if (e.getValue() > 0) {
                    share.add(new YearSeries.Point(e.getKey(), 100.0 * pair.getOrDefault(e.getKey(), 0.0) / e.getValue()));
                }
            }
            YearSeries shareSeries = new YearSeries("arms-share-" + key,
                    recipient.abbrev() + "'s share of " + supplier.abbrev() + "'s arms exports", "percent", share,
                    datasets, basis + "; share = deliveries to the recipient / deliveries to all recipients, same table");
            return new Result(deliveries, all, shareSeries, t.table);
        }
        String none = "no SIPRI data for " + supplier.abbrev() + " loaded";
        return new Result(empty("arms-" + supplier.abbrev() + "-" + recipient.abbrev(), none),
                empty("arms-" + supplier.abbrev() + "-all", none), empty("arms-share", none), null);
    }

    private static YearSeries empty(String key, String basis) {
        return new YearSeries(key, key, UNIT, List.of(), List.of(), basis);
    }

    private static List<YearSeries.Point> points(Map<Integer, Double> byYear) {
        List<YearSeries.Point> list = new ArrayList<>();
        byYear.forEach((y, v) -> list.add(new YearSeries.Point(y, v)));
        return list;
    }

    /** For each supplier name coded {@code ccode}, the newest dataset of {@code t} holding it. */
    private List<Integer> newestDatasets(Table t, int ccode) throws SQLException {
        String sql = "SELECT DISTINCT max(dataset_id) FROM " + t.table + " WHERE supplier_ccode = ? GROUP BY supplier";
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, ccode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private Map<Integer, Double> sums(Table t, List<Integer> datasets, int supplier, Integer recipient, int from, int to)
            throws SQLException {
        String in = String.join(",", datasets.stream().map(String::valueOf).toList());
        String sql = t.yearly.formatted(in) + (recipient == null ? "" : " AND recipient_ccode = " + recipient.intValue())
                + ") WHERE year BETWEEN ? AND ? GROUP BY year ORDER BY year";
        Map<Integer, Double> out = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, supplier);
            ps.setInt(2, from);
            ps.setInt(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getDouble(2));
                }
            }
        }
        return out;
    }

    /** The tables in order of preference, each with its per-year query (a subquery closed by the caller). */
    private enum Table {
        TIV_FLOW("tiv_flow", "SIPRI TIV export tables (tiv_flow): TIV by delivery year as published",
                "SELECT year, sum(tiv) FROM (SELECT year, tiv FROM tiv_flow WHERE dataset_id IN (%s) AND supplier_ccode = ?"),
        ARMS_DELIVERY("arms_delivery", "SIPRI detailed register (arms_delivery): TIV of each deal's deliveries by year",
                "SELECT year, sum(tiv) FROM (SELECT year, tiv FROM arms_delivery WHERE dataset_id IN (%s) AND supplier_ccode = ?"),
        ARMS_DEAL("arms_deal", "SIPRI trade register (arms_deal): each deal's delivered TIV split evenly over its"
                + " delivery years (an estimate: the register does not give the split)",
                "SELECT year, sum(tiv) FROM (SELECT unnest(delivery_years) AS year,"
                        + " tiv_delivered / len(delivery_years) AS tiv FROM arms_deal WHERE dataset_id IN (%s)"
                        + " AND supplier_ccode = ? AND tiv_delivered IS NOT NULL AND len(delivery_years) > 0");

        final String table;
        final String basis;
        final String yearly;

        Table(String table, String basis, String yearly) {
            this.table = table;
            this.basis = basis;
            this.yearly = yearly;
        }
    }
}
