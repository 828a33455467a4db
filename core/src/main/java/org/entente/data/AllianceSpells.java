package org.entente.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read of the store that the alliance survival models need: ATOP alliances or phases with
 * their dates and obligations, the institutions file, and the COW and SIPRI figures the covariates
 * are computed from (by {@code org.entente.measure.survival.SpellBuilder}). When a table holds two
 * releases, the latest import is read alone.
 */
public final class AllianceSpells {

    /** One spell per alliance, or one per phase of an alliance. */
    public enum Level { ALLIANCE, PHASE }

    /** An ATOP row as coded: dates as integers (end year 0 or NULL: in effect at the end of coverage). */
    public record Row(int atopid, int phase, Integer begyr, Integer begmo, Integer begday, Integer endyr, Integer endmo,
            Integer endday, boolean ineffect, boolean bilateral, boolean defense, boolean offense, boolean neutral,
            boolean nonagg, boolean consul, boolean conditional, boolean asymmetric, List<Integer> members,
            Integer milinst) {
        public Row {
            members = List.copyOf(members);
        }
    }

    /** A COW major-power spell. */
    public record MajorSpell(int ccode, LocalDate start, LocalDate end) {}

    /**
     * What was read. {@code cinc} is keyed by {@link #key(int, int)} (state, year); {@code armsTiv} by
     * {@link #key(int, int, int)} (supplier, recipient, year), TIV delivered that year with a deal's
     * delivered TIV spread evenly over its delivery years; {@code imports} holds the same by
     * {@link #key(int, int)} (recipient, year), then supplier; {@code datasets} names the dataset read
     * per table, and a table absent from it was empty.
     */
    public record Inputs(Level level, List<Row> rows, Map<Long, Double> cinc, List<MajorSpell> majors,
            Map<Long, Double> armsTiv, Map<Long, Map<Integer, Double>> imports, Map<String, Integer> datasets) {

        /** TIV received by {@code recipient} in {@code year}, by supplier (empty: none). */
        public Map<Integer, Double> importsOf(int recipient, int year) {
            return imports.getOrDefault(key(recipient, year), Map.of());
        }

        public Optional<Integer> dataset(String table) {
            return Optional.ofNullable(datasets.get(table));
        }

        public Double cinc(int ccode, int year) {
            return cinc.get(key(ccode, year));
        }

        public double arms(int supplier, int recipient, int year) {
            return armsTiv.getOrDefault(key(supplier, recipient, year), 0.0);
        }

        /** The first and last year of the arms data, or null when none is loaded. */
        public int[] armsYears() {
            if (armsTiv.isEmpty()) {
                return null;
            }
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (long k : armsTiv.keySet()) {
                int y = (int) (k % 10_000);
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
            return new int[] {lo, hi};
        }
    }

    private AllianceSpells() {}

    public static long key(int ccode, int year) {
        return ccode * 10_000L + year;
    }

    public static long key(int supplier, int recipient, int year) {
        return (supplier * 10_000L + recipient) * 10_000L + year;
    }

    /** Reads the inputs of the spells at {@code level}; an empty list of rows when ATOP is not loaded. */
    public static Inputs read(Connection c, Level level) throws SQLException {
        Map<String, Integer> datasets = new LinkedHashMap<>();
        String table = level == Level.ALLIANCE ? "atop_alliance" : "atop_alliance_phase";
        Integer atop = latest(c, table);
        List<Row> rows = new ArrayList<>();
        if (atop != null) {
            datasets.put(table, atop);
            Integer inst = latest(c, "atop_institution");
            if (inst != null) {
                datasets.put("atop_institution", inst);
            }
            rows = rows(c, level, atop, inst);
        }
        Map<Long, Double> cinc = new HashMap<>();
        Integer nmc = latest(c, "capability");
        if (nmc != null) {
            datasets.put("capability", nmc);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ccode, year, cinc FROM capability WHERE dataset_id = ? AND cinc IS NOT NULL")) {
                ps.setInt(1, nmc);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cinc.put(key(rs.getInt(1), rs.getInt(2)), rs.getDouble(3));
                    }
                }
            }
        }
        List<MajorSpell> majors = new ArrayList<>();
        Integer maj = latest(c, "major_power");
        if (maj != null) {
            datasets.put("major_power", maj);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ccode, start_date, end_date FROM major_power WHERE dataset_id = ? ORDER BY ccode, start_date")) {
                ps.setInt(1, maj);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        majors.add(new MajorSpell(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                    }
                }
            }
        }
        Map<Long, Double> arms = new HashMap<>();
        Integer sipri = latest(c, "arms_deal");
        if (sipri != null) {
            datasets.put("arms_deal", sipri);
            // the register gives a deal's delivered TIV and its delivery years: spread evenly, as rule-arms does
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT supplier_ccode, recipient_ccode, year, sum(tiv) FROM (
                        SELECT supplier_ccode, recipient_ccode, unnest(delivery_years) AS year,
                               tiv_delivered / len(delivery_years) AS tiv
                        FROM arms_deal
                        WHERE dataset_id = ? AND tiv_delivered IS NOT NULL AND len(delivery_years) > 0
                          AND supplier_ccode IS NOT NULL AND recipient_ccode IS NOT NULL)
                    GROUP BY ALL""")) {
                ps.setInt(1, sipri);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        arms.put(key(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getDouble(4));
                    }
                }
            }
        }
        Map<Long, Map<Integer, Double>> imports = new HashMap<>();
        arms.forEach((k, tiv) -> {
            int year = (int) (k % 10_000);
            int recipient = (int) ((k / 10_000) % 10_000);
            int supplier = (int) (k / 100_000_000L);
            imports.computeIfAbsent(key(recipient, year), x -> new HashMap<>()).put(supplier, tiv);
        });
        return new Inputs(level, rows, cinc, majors, arms, imports, datasets);
    }

    private static List<Row> rows(Connection c, Level level, int atop, Integer inst) throws SQLException {
        // institutionalisation (Leeds and Anac 2005) is coded per phase; an alliance takes its first phase's
        String sql = level == Level.ALLIANCE ? """
                SELECT a.atopid, 0 AS phase, a.begyr, a.begmo, a.begday, a.endyr, a.endmo, a.endday, a.ineffect, a.bilat,
                       a.defense, a.offense, a.neutral, a.nonagg, a.consul, a.conditio, a.asymm, a.members,
                       (SELECT i.milinst FROM atop_institution i WHERE i.dataset_id = ? AND i.atopid = a.atopid
                        ORDER BY i.atopidphase LIMIT 1) AS milinst
                FROM atop_alliance a WHERE a.dataset_id = ? ORDER BY a.atopid"""
                : """
                SELECT a.atopid, coalesce(a.phase, 1), a.begyr, a.begmo, a.begday, a.endyr, a.endmo, a.endday, a.ineffect, a.bilat,
                       a.defense, a.offense, a.neutral, a.nonagg, a.consul, a.conditio, a.asymm, a.members,
                       (SELECT i.milinst FROM atop_institution i WHERE i.dataset_id = ? AND i.atopidphase = a.atopidphase
                        LIMIT 1) AS milinst
                FROM atop_alliance_phase a WHERE a.dataset_id = ? ORDER BY a.atopid, a.atopidphase""";
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (inst == null) {
                ps.setNull(1, java.sql.Types.INTEGER);
            } else {
                ps.setInt(1, inst);
            }
            ps.setInt(2, atop);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getInt(1), rs.getInt(2), integer(rs, 3), integer(rs, 4), integer(rs, 5), integer(rs, 6),
                            integer(rs, 7), integer(rs, 8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
                            rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16),
                            rs.getBoolean(17), members(rs.getArray(18)), integer(rs, 19)));
                }
            }
        }
        return out;
    }

    private static List<Integer> members(Array a) throws SQLException {
        List<Integer> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                if (o != null) {
                    out.add(((Number) o).intValue());
                }
            }
        }
        return out;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer latest(Connection c, String table) throws SQLException {
        // table names come from the fixed strings above, never from input
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(dataset_id) FROM " + table)) {
            rs.next();
            int id = rs.getInt(1);
            return rs.wasNull() ? null : id;
        }
    }
}
