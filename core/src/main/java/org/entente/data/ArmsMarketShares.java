package org.entente.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Arms flows between states in SIPRI trend-indicator values (TIV, a volume index in millions of
 * 1990 US$ of production cost, never a price), and the shares section 4 of the assessment reports:
 * a dyad's deliveries by year, the recipient's share of the supplier's exports, the supplier's
 * share of the recipient's imports, the category mix and the licensed-production share.
 *
 * <p>The flows come from one {@link FlowSource}: the loaded TIV export tables together, one
 * per-delivery-year export, or one imported register, chosen by {@link #choose}, the one rule every
 * view uses (a second release of the register is never added to the first).
 */
public final class ArmsMarketShares {

    /**
     * Which table the flows come from, in the order of preference: SIPRI's own per-year values
     * (the TIV export tables, then the detailed register's TIV per delivery year) come before the
     * register, whose TIV per year is an estimate (a deal's delivered TIV spread evenly over its
     * delivery years).
     */
    public enum Basis {
        /** tiv_flow rows of the loaded export tables */
        TIV_TABLES("tiv_flow", "arms-flows-tiv.sql", "SIPRI TIV export tables"),
        /** arms_delivery rows, one per deal and delivery year */
        DELIVERIES("arms_delivery", "arms-flows-deliveries.sql", "SIPRI detailed register, TIV per delivery year"),
        /** arms_deal rows, the delivered TIV spread evenly over the delivery years */
        REGISTER("arms_deal", "arms-flows-register.sql",
                "SIPRI trade register, delivered TIV spread evenly over the delivery years");

        private final String table;
        private final String sqlFile;
        private final String description;

        Basis(String table, String sqlFile, String description) {
            this.table = table;
            this.sqlFile = sqlFile;
            this.description = description;
        }

        public String table() {
            return table;
        }

        public String description() {
            return description;
        }

        /** True where the yearly figures are SIPRI's own; false where they are the register's even spread. */
        public boolean perYearAsPublished() {
            return this != REGISTER;
        }
    }

    /**
     * The table and datasets the flows are read from, the delivery years they cover (null: none)
     * and how many years of the window those are.
     */
    public record FlowSource(Basis basis, List<Integer> datasetIds, Coverage coverage, int yearsCovered) {
        public String table() {
            return basis.table();
        }

        /** The rule that produced the figures, as every output names it. */
        public String rule() {
            String ids = datasetIds.size() == 1 ? "dataset " + datasetIds.get(0)
                    : datasetIds.size() + " datasets (the newest table of each supplier)";
            return switch (basis) {
                case TIV_TABLES -> "SIPRI TIV export tables (tiv_flow, " + ids + "): TIV by delivery year as published";
                case DELIVERIES -> "SIPRI detailed register (arms_delivery, " + ids + "): TIV of each deal's deliveries"
                        + " by year as published";
                case REGISTER -> "SIPRI trade register (arms_deal, " + ids + "): each deal's delivered TIV spread"
                        + " evenly over its delivery years (an estimate: the register does not give the split)";
            };
        }

        /** True when the yearly figures are estimates (the register's even spread). */
        public boolean estimated() {
            return !basis.perYearAsPublished();
        }
    }

    /** A volume: TIV, the rows behind it (their {@code line}s) and how many rows. */
    public record Volume(double tiv, long rows, List<Integer> lines) {}

    /** Deliveries in one year. */
    public record YearVolume(int year, Volume volume) {}

    /** A supplier's total and its rank among state suppliers (1 = largest). */
    public record SupplierRank(int ccode, double tiv, int rank) {}

    /** Deliveries of one category; {@code combatAircraft} for the combat-aircraft part of Aircraft. */
    public record CategoryVolume(String category, double tiv, double combatAircraftTiv, List<Integer> lines) {}

    /**
     * How SIPRI's register comments say an item was made in the recipient; "produced in X" alone
     * is not enough, as it usually describes the platform the item is for.
     */
    public static final String LOCAL_PRODUCTION_WORDING = "licen[cs]|assembled|[a-z]+-produced|production in";

    private final Connection connection;
    private final FlowSource source;
    private final String flows;

    ArmsMarketShares(Connection connection, FlowSource source) {
        this.connection = connection;
        this.source = source;
        String ids = source.datasetIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.flows = SqlResource.read(ArmsMarketShares.class, source.basis().sqlFile)
                .replaceAll("(?m)^--.*$", "").replace(":datasets", ids).strip();
    }

    /** Answers already read, by method and arguments: the assessment asks the same twice (baseline, what-if). */
    private final Map<List<Object>, Object> answers = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T answer(List<Object> key, Sql.Read<T> read) {
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T v = Sql.read(read);
        answers.put(key, v);
        return v;
    }

    public FlowSource source() {
        return source;
    }

    /**
     * The one rule for arms flows by year, used by every view ({@code dyads}, the assessment, the
     * report, the dashboard): of the loaded sources (only {@code asked}, if given), the first in
     * {@link Basis} order, newest release first ({@link LoadedData}), that covers every year of
     * [from, to]; if none does, the one covering most of them (the earlier on a tie). So a
     * 1990-2001 window uses the full register, not the detailed export that starts in 2000, and the
     * TIV tables whenever they are loaded. Empty when no flows are loaded.
     */
    public static Optional<FlowSource> choose(Connection c, int from, int to, Basis asked) throws SQLException {
        FlowSource best = null;
        for (FlowSource candidate : candidates(c, from, to, asked)) {
            if (candidate.yearsCovered() == to - from + 1) {
                return Optional.of(candidate);
            }
            if (best == null || candidate.yearsCovered() > best.yearsCovered()) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    public static Optional<FlowSource> choose(Connection c, int from, int to) throws SQLException {
        return choose(c, from, to, null);
    }

    /**
     * The source of deal detail (category, description, licences) for [from, to]: the same rule
     * without the TIV tables, which give flows alone. Empty when no register is loaded.
     */
    public static Optional<FlowSource> chooseDeals(Connection c, int from, int to) throws SQLException {
        FlowSource best = null;
        for (Basis b : List.of(Basis.DELIVERIES, Basis.REGISTER)) {
            Optional<FlowSource> s = choose(c, from, to, b);
            if (s.isPresent() && s.get().yearsCovered() == to - from + 1) {
                return s;
            }
            if (s.isPresent() && (best == null || s.get().yearsCovered() > best.yearsCovered())) {
                best = s.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The TIV tables together (each supplier's newest table), then each release of the others, newest first. */
    private static List<FlowSource> candidates(Connection c, int from, int to, Basis asked) throws SQLException {
        List<FlowSource> out = new ArrayList<>();
        for (Basis b : Basis.values()) {
            if (asked != null && b != asked) {
                continue;
            }
            if (b == Basis.TIV_TABLES) {
                List<Integer> ids = newestTablePerSupplier(c);
                if (!ids.isEmpty()) {
                    Coverage cov = range(c, "SELECT min(year), max(year) FROM tiv_flow WHERE dataset_id IN ("
                            + join(ids) + ")");
                    out.add(new FlowSource(b, ids, cov, overlap(cov, from, to)));
                }
                continue;
            }
            List<Integer> releases = new ArrayList<>(LoadedData.all(c, b.table()));
            Collections.reverse(releases);
            for (int id : releases) {
                Coverage cov = range(c, b == Basis.DELIVERIES
                        ? "SELECT min(year), max(year) FROM arms_delivery WHERE dataset_id = " + id
                        : "SELECT min(y), max(y) FROM (SELECT unnest(delivery_years) AS y FROM arms_deal"
                                + " WHERE dataset_id = " + id + ")");
                out.add(new FlowSource(b, List.of(id), cov, overlap(cov, from, to)));
            }
        }
        return out;
    }

    /**
     * SIPRI publishes one TIV table per supplier, so releases are reconciled supplier by supplier:
     * for each supplier, its newest table ({@link LoadedData#OLDEST_FIRST} order).
     */
    private static List<Integer> newestTablePerSupplier(Connection c) throws SQLException {
        String sql = "SELECT DISTINCT arg_max(t.dataset_id, d.rank) FROM (SELECT DISTINCT supplier, dataset_id FROM tiv_flow) t"
                + " JOIN (SELECT id, row_number() OVER (ORDER BY " + LoadedData.OLDEST_FIRST + ") AS rank FROM dataset d"
                + " WHERE " + LoadedData.ELIGIBLE + ") d"
                + " ON d.id = t.dataset_id GROUP BY t.supplier ORDER BY 1";
        List<Integer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static Coverage range(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            int first = rs.getInt(1);
            return rs.wasNull() ? null : new Coverage(first, rs.getInt(2));
        }
    }

    private static int overlap(Coverage cov, int from, int to) {
        return cov == null ? 0 : Math.max(0, Math.min(cov.last(), to) - Math.max(cov.first(), from) + 1);
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String in(String column, Collection<Integer> codes) {
        if (codes == null) {
            return "TRUE";
        }
        if (codes.isEmpty()) {
            return "FALSE";
        }
        return column + " IN (" + codes.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private String where(Collection<Integer> suppliers, Collection<Integer> recipients) {
        return in("supplier_ccode", suppliers) + " AND " + in("recipient_ccode", recipients) + " AND year BETWEEN ? AND ?";
    }

    /** Deliveries from {@code suppliers} to {@code recipients} (null: any) in [from, to]. */
    public Volume volume(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to) {
        return answer(List.of("volume", String.valueOf(suppliers), String.valueOf(recipients), from, to), () -> {
            String sql = "SELECT coalesce(sum(tiv), 0), count(*), list(DISTINCT line ORDER BY line) FROM (" + flows
                    + ") f WHERE " + where(suppliers, recipients);
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Volume(rs.getDouble(1), rs.getLong(2), ints(rs.getArray(3)));
                }
            }
        });
    }

    /** Deliveries by year, years with none left out. */
    public List<YearVolume> yearly(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to) {
        return answer(List.of("yearly", String.valueOf(suppliers), String.valueOf(recipients), from, to), () -> {
            String sql = "SELECT year, sum(tiv), count(*), list(DISTINCT line ORDER BY line) FROM (" + flows
                    + ") f WHERE " + where(suppliers, recipients) + " GROUP BY year ORDER BY year";
            List<YearVolume> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new YearVolume(rs.getInt(1), new Volume(rs.getDouble(2), rs.getLong(3), ints(rs.getArray(4)))));
                    }
                }
            }
            return out;
        });
    }

    /** State suppliers ranked by deliveries in [from, to]; equal volumes share a rank. */
    public List<SupplierRank> supplierRanks(int from, int to) {
        return answer(List.of("ranks", from, to), () -> {
            String sql = "SELECT supplier_ccode, sum(tiv) AS v, rank() OVER (ORDER BY sum(tiv) DESC) FROM (" + flows
                    + ") f WHERE supplier_ccode IS NOT NULL AND year BETWEEN ? AND ? GROUP BY supplier_ccode ORDER BY v DESC";
            List<SupplierRank> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SupplierRank(rs.getInt(1), rs.getDouble(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Deliveries by armament category, largest first: the export's category, or the one
     * {@link ArmsCategories} gives the description. Empty for TIV tables, which have no deal detail.
     */
    public List<CategoryVolume> categories(Collection<Integer> suppliers, Collection<Integer> recipients, int from,
            int to) {
        return answer(List.of("categories", String.valueOf(suppliers), String.valueOf(recipients), from, to), () -> {
            String sql = "SELECT category, description, sum(tiv), list(DISTINCT line ORDER BY line) FROM (" + flows
                    + ") f WHERE " + where(suppliers, recipients) + " AND (category IS NOT NULL OR description IS NOT NULL)"
                    + " GROUP BY category, description";
            Map<String, double[]> tiv = new LinkedHashMap<>();
            Map<String, List<Integer>> lines = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String cat = ArmsCategories.categoryOf(rs.getString(1), rs.getString(2));
                        boolean combat = ArmsCategories.of(rs.getString(2)).combatAircraft();
                        double[] v = tiv.computeIfAbsent(cat, k -> new double[2]);
                        v[0] += rs.getDouble(3);
                        if (combat) {
                            v[1] += rs.getDouble(3);
                        }
                        lines.computeIfAbsent(cat, k -> new ArrayList<>()).addAll(ints(rs.getArray(4)));
                    }
                }
            }
            List<CategoryVolume> out = new ArrayList<>();
            tiv.forEach((k, v) -> out.add(new CategoryVolume(k, v[0], v[1], lines.get(k).stream().sorted().distinct().toList())));
            out.sort(Comparator.comparingDouble(CategoryVolume::tiv).reversed());
            return out;
        });
    }

    /**
     * Deliveries produced under licence or assembled in the recipient: the export's local-production
     * flag, or where the loader left it empty, SIPRI's wording in the deal's comments ({@link
     * #LOCAL_PRODUCTION_WORDING}: "produced under licence", "assembled from kits", "Chinese-produced
     * version", "incl production in China"). Null for TIV tables, which cannot tell.
     */
    public Volume licensed(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to) {
        return answer(List.of("licensed", String.valueOf(suppliers), String.valueOf(recipients), from, to), () -> {
            if (source.basis() == Basis.TIV_TABLES) {
                return null;
            }
            String sql = "SELECT coalesce(sum(tiv), 0), count(*), list(DISTINCT line ORDER BY line) FROM (" + flows
                    + ") f WHERE " + where(suppliers, recipients)
                    + " AND coalesce(local_production, regexp_matches(lower(coalesce(comments, '')), '" + LOCAL_PRODUCTION_WORDING + "'))";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Volume(rs.getDouble(1), rs.getLong(2), ints(rs.getArray(3)));
                }
            }
        });
    }

    /** {@code part / whole}, null when the whole is zero. */
    public static Double share(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    private static List<Integer> ints(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<Integer> out = new ArrayList<>(values.length);
        for (Object o : values) {
            if (o != null) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }
}
