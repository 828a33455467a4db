package org.entente.measure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>The flows come from one {@link FlowSource}: one imported register, one per-delivery-year
 * export, or the loaded TIV export tables together, chosen by {@link #choose} as the one covering
 * most years of the window (a second release of the register is never added to the first).
 */
public final class ArmsMarketShares {

    /** Which table the flows come from. */
    public enum Basis {
        /** arms_deal rows, the delivered TIV spread evenly over the delivery years */
        REGISTER("arms_deal", "arms-flows-register.sql"),
        /** arms_delivery rows, one per deal and delivery year */
        DELIVERIES("arms_delivery", "arms-flows-deliveries.sql"),
        /** tiv_flow rows of the loaded export tables */
        TIV_TABLES("tiv_flow", "arms-flows-tiv.sql");

        private final String table;
        private final String sqlFile;

        Basis(String table, String sqlFile) {
            this.table = table;
            this.sqlFile = sqlFile;
        }

        public String table() {
            return table;
        }
    }

    /** The table and datasets the flows are read from, and how many years of the window they cover. */
    public record FlowSource(Basis basis, List<Integer> datasetIds, int yearsCovered) {
        public String table() {
            return basis.table();
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

    public ArmsMarketShares(Connection connection, FlowSource source) {
        this.connection = connection;
        this.source = source;
        String ids = source.datasetIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.flows = SqlResource.read(ArmsMarketShares.class, source.basis().sqlFile)
                .replaceAll("(?m)^--.*$", "").replace(":datasets", ids).strip();
    }

    public FlowSource source() {
        return source;
    }

    /**
     * The flow source covering most years of [from, to]; on a tie per-delivery-year rows beat the
     * register (they are exact where the register is spread), the register beats TIV tables (it has
     * every supplier), and a later import beats an earlier one. Empty when no flows are loaded.
     */
    public static Optional<FlowSource> choose(Connection c, int from, int to) throws SQLException {
        List<FlowSource> candidates = new ArrayList<>();
        List<Integer> tivIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SqlResource.read(ArmsMarketShares.class, "arms-flow-coverage.sql"))) {
            for (int i = 0; i < 3; i++) {
                ps.setInt(2 * i + 1, from);
                ps.setInt(2 * i + 2, to);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Basis b = Basis.valueOf(rs.getString(1));
                    if (b == Basis.TIV_TABLES) {
                        tivIds.add(rs.getInt(2));
                    } else {
                        candidates.add(new FlowSource(b, List.of(rs.getInt(2)), rs.getInt(3)));
                    }
                }
            }
        }
        if (!tivIds.isEmpty()) {
            tivIds.sort(null);
            String ids = tivIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT year) FROM tiv_flow WHERE dataset_id IN ("
                    + ids + ") AND year BETWEEN ? AND ?")) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    candidates.add(new FlowSource(Basis.TIV_TABLES, List.copyOf(tivIds), rs.getInt(1)));
                }
            }
        }
        return candidates.stream().max(Comparator.comparingInt(FlowSource::yearsCovered)
                .thenComparing(s -> -s.basis().ordinal())
                .thenComparingInt(s -> s.datasetIds().get(s.datasetIds().size() - 1)));
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
    public Volume volume(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to)
            throws SQLException {
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
    }

    /** Deliveries by year, years with none left out. */
    public List<YearVolume> yearly(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to)
            throws SQLException {
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
    }

    /** State suppliers ranked by deliveries in [from, to]; equal volumes share a rank. */
    public List<SupplierRank> supplierRanks(int from, int to) throws SQLException {
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
    }

    /**
     * Deliveries by armament category, largest first: the export's category, or the one
     * {@link ArmsCategories} gives the description. Empty for TIV tables, which have no deal detail.
     */
    public List<CategoryVolume> categories(Collection<Integer> suppliers, Collection<Integer> recipients, int from,
            int to) throws SQLException {
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
    }

    /**
     * Deliveries produced under licence or assembled in the recipient: the export's local-production
     * flag, or where the loader left it empty, SIPRI's wording in the deal's comments ({@link
     * #LOCAL_PRODUCTION_WORDING}: "produced under licence", "assembled from kits", "Chinese-produced
     * version", "incl production in China"). Null for TIV tables, which cannot tell.
     */
    public Volume licensed(Collection<Integer> suppliers, Collection<Integer> recipients, int from, int to)
            throws SQLException {
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
