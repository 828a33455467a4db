package org.entente.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How ATOP and COW code a pair of states in a year: the obligation flags of the alliances they
 * share. Section 1 of the assessment sets these beside its own reading of the treaties.
 *
 * <p>ATOP: the directed dyad-year table where it is loaded (either direction counts: an
 * obligation of either state to the other), and the alliances both states belong to that year from
 * the member table. COW: the directed dyad-year table. Each source reads its latest import only.
 */
public final class DyadAlliances {

    private DyadAlliances() {}

    /** Obligation flags; for COW, {@code offense} is always false and {@code consultation} is COW's entente. */
    public record Flags(boolean defense, boolean offense, boolean neutrality, boolean nonAggression,
            boolean consultation) {
        public boolean any() {
            return defense || offense || neutrality || nonAggression || consultation;
        }
    }

    /** A coding from one table: the dataset, the rows read, and the flags they give. */
    public record Coding(String table, int datasetId, Flags flags, long rows, String selection) {}

    /** An ATOP alliance both states belong to in the year, with its member-level obligations ORed over the two. */
    public record SharedAlliance(int datasetId, int atopid, Integer phase, Integer entered, Flags flags, List<Integer> lines) {}

    /** ATOP's directed dyad-year flags for a and b in {@code year}, either direction; empty if not loaded. */
    public static Optional<Coding> atopDyadYear(Connection c, int a, int b, int year) throws SQLException {
        return dyadYear(c, "atop_dyad_year", "defense, offense, neutral, nonagg, consul", a, b, year);
    }

    /** COW's directed dyad-year flags; empty if not loaded. */
    public static Optional<Coding> cowDyadYear(Connection c, int a, int b, int year) throws SQLException {
        return dyadYear(c, "cow_alliance_dyad_year", "defense, FALSE, neutrality, nonaggression, entente", a, b, year);
    }

    private static Optional<Coding> dyadYear(Connection c, String table, String cols, int a, int b, int year)
            throws SQLException {
        Optional<Integer> ds = LoadedData.latest(c, table);
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        String[] f = cols.split(",\\s*");
        String sql = "SELECT count(*), coalesce(bool_or(" + f[0] + "), FALSE), coalesce(bool_or(" + f[1]
                + "), FALSE), coalesce(bool_or(" + f[2] + "), FALSE), coalesce(bool_or(" + f[3]
                + "), FALSE), coalesce(bool_or(" + f[4] + "), FALSE) FROM " + LoadedData.checked(table)
                + " WHERE dataset_id = ? AND year = ? AND ((ccode1 = ? AND ccode2 = ?) OR (ccode1 = ? AND ccode2 = ?))";
        try (PreparedStatement ps = LoadedData.prepare(c, sql, ds.get(), year, a, b, b, a);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.of(new Coding(table, ds.get(),
                    new Flags(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)),
                    rs.getLong(1), "ccode pair (" + a + ", " + b + ") either direction, year " + year));
        }
    }

    /** ATOP alliances both states belong to in {@code year} (member table; yrexit 0 = still a member). */
    public static List<SharedAlliance> atopShared(Connection c, int a, int b, int year) throws SQLException {
        Optional<Integer> ds = LoadedData.latest(c, "atop_member");
        List<SharedAlliance> out = new ArrayList<>();
        if (ds.isEmpty()) {
            return out;
        }
        String sql = """
                WITH m AS (SELECT rowid AS r, * FROM atop_member WHERE dataset_id = ?
                           AND yrent <= ? AND (yrexit = 0 OR yrexit IS NULL OR yrexit >= ?))
                SELECT x.atopid, x.phase, least(x.yrent, y.yrent),
                       coalesce(x.defense, FALSE) OR coalesce(y.defense, FALSE),
                       coalesce(x.offense, FALSE) OR coalesce(y.offense, FALSE),
                       coalesce(x.neutral, FALSE) OR coalesce(y.neutral, FALSE),
                       coalesce(x.nonagg, FALSE) OR coalesce(y.nonagg, FALSE),
                       coalesce(x.consul, FALSE) OR coalesce(y.consul, FALSE)
                FROM m x JOIN m y ON x.atopid = y.atopid AND x.phase IS NOT DISTINCT FROM y.phase
                WHERE x.member = ? AND y.member = ?
                ORDER BY x.atopid, x.phase""";
        try (PreparedStatement ps = LoadedData.prepare(c, sql, ds.get(), year, year, a, b);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int phase = rs.getInt(2);
                Integer ph = rs.wasNull() ? null : phase;
                out.add(new SharedAlliance(ds.get(), rs.getInt(1), ph, rs.getInt(3),
                        new Flags(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8)),
                        List.of()));
            }
        }
        return out;
    }

    static List<Integer> ints(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(((Number) o).intValue());
        }
        return out;
    }
}
