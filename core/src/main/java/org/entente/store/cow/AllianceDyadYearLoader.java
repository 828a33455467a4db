package org.entente.store.cow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.entente.source.HeadedCsv;
import org.entente.source.cow.AllianceDyadYear;
import org.entente.source.cow.AllianceDyadYearReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-alliance-dyad-year}: COW Formal Alliances dyad-years into
 * {@code cow_alliance_dyad_year}, one row per directed dyad-year. Reads the official
 * {@code _by_directed_yearly} and {@code _by_dyad_yearly} files and peacesciencer's
 * {@code ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente}.
 *
 * <p>What the published yearly files need, and what is done about it:
 * <ul>
 *   <li>A dyad-year repeats once per alliance the two states share. The repeats are merged: a
 *       commitment is true if any of the alliances carries it, and {@code version4ids} lists the
 *       alliances.</li>
 *   <li>A few rows have year 0. That is not a year, and the alliance's real dates are in the spell
 *       files, so these rows are skipped and counted in a note.</li>
 *   <li>The {@code _by_dyad_yearly} file lists each pair one way only. When no pair of the file
 *       appears both ways, the reverse direction is added, so lookups by (ccode1, ccode2) work in
 *       either order; COW codes commitments per alliance, so both directions carry the same ones.
 *       A file that lists some pairs both ways is kept as published.</li>
 * </ul>
 * Rows are staged in a scratch table inside the import's transaction and merged by DuckDB, so
 * memory stays flat however large the file.
 */
public final class AllianceDyadYearLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-alliance-dyad-year";
    }

    @Override
    public String description() {
        return "COW Formal Alliances dyad-years (_by_directed_yearly.csv, _by_dyad_yearly.csv, peacesciencer)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "ccode1", "ccode2", "year")
                && (c.contains("cow_defense") || (c.contains("version4id") && c.contains("nonaggression")));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AllianceDyadYearReader reader = new AllianceDyadYearReader(csv);
        String staging = "staging_cow_alliance_dyad_year_" + ctx.datasetId();
        try (Statement st = ctx.connection().createStatement()) {
            st.execute("CREATE TABLE " + staging + " (version4id INTEGER, ccode1 INTEGER, ccode2 INTEGER, year INTEGER,"
                    + " defense BOOLEAN, neutrality BOOLEAN, nonaggression BOOLEAN, entente BOOLEAN)");
        }
        String version = null;
        long read = 0;
        long yearZero = 0;
        long selfPairs = 0;
        int lastYear = Integer.MIN_VALUE;
        try (var app = ctx.appender(staging)) {
            for (AllianceDyadYear d = reader.read(); d != null; d = reader.read()) {
                read++;
                version = version == null ? d.version() : version;
                if (d.year() == 0) {
                    yearZero++;
                    continue;
                }
                lastYear = Math.max(lastYear, d.year());
                if (d.ccode1() == d.ccode2()) {
                    selfPairs++;
                }
                app.beginRow().append(d.version4id()).append(d.ccode1()).append(d.ccode2()).append(d.year())
                        .append(d.types().defense()).append(d.types().neutrality())
                        .append(d.types().nonaggression()).append(d.types().entente()).endRow();
            }
        }
        long kept = read - yearZero;
        if (version == null && kept > 0) {
            version = Coverage.alliances(lastYear);
            ctx.note(version == null ? "the file has no version column; version unknown"
                    : "Formal Alliances version " + version + ", inferred from the last year covered (" + lastYear + ")");
        }
        Direction direction = direction(ctx, staging);
        long stored;
        try (PreparedStatement ps = ctx.prepare("INSERT INTO cow_alliance_dyad_year "
                + "SELECT ?, ccode1, ccode2, year, bool_or(defense), bool_or(neutrality), bool_or(nonaggression), "
                + "bool_or(entente), "
                + "CASE WHEN count(version4id) = 0 THEN NULL ELSE list_sort(list_distinct(list(version4id))) END, ? "
                + "FROM (SELECT * FROM " + staging
                + (direction == Direction.ONE_WAY
                        ? " UNION ALL SELECT version4id, ccode2, ccode1, year, defense, neutrality, nonaggression, "
                                + "entente FROM " + staging + " WHERE ccode1 <> ccode2"
                        : "")
                + ") GROUP BY ccode1, ccode2, year")) {
            ps.setInt(1, ctx.datasetId());
            ps.setString(2, version);
            stored = ps.executeUpdate();
        }
        try (Statement st = ctx.connection().createStatement()) {
            st.execute("DROP TABLE " + staging);
        }
        long merged = (direction == Direction.ONE_WAY ? 2 * kept - selfPairs : kept) - stored;
        if (yearZero > 0) {
            ctx.note(yearZero + " rows with year 0 skipped (not a year; the alliance's dates are in the spell files)");
        }
        if (direction == Direction.ONE_WAY) {
            ctx.note("pairs appear one way only (a _by_dyad_ file): the reverse direction was added");
        } else if (direction == Direction.MIXED) {
            ctx.note("some pairs appear both ways and some one way: rows kept in the directions published");
        }
        if (merged > 0) {
            ctx.note(merged + " repeated dyad-years (one per shared alliance) merged: " + read + " rows read, "
                    + stored + " dyad-years stored");
        }
        ctx.version(version);
        ctx.citation(CowCitations.alliances(version)
                + (reader.official() ? "" : " As redistributed by peacesciencer: " + CowCitations.PEACESCIENCER));
        return stored;
    }

    private enum Direction { BOTH_WAYS, ONE_WAY, MIXED }

    /** Whether the staged pairs (ignoring years and self-pairs) appear both ways, one way, or some of each. */
    private static Direction direction(LoadContext ctx, String staging) throws SQLException {
        try (Statement st = ctx.connection().createStatement();
                ResultSet rs = st.executeQuery("WITH p AS (SELECT DISTINCT ccode1, ccode2 FROM " + staging
                        + " WHERE ccode1 <> ccode2) SELECT count(*) AS pairs, "
                        + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM p r WHERE r.ccode1 = p.ccode2 AND r.ccode2 = p.ccode1)) "
                        + "FROM p")) {
            rs.next();
            long pairs = rs.getLong(1);
            long reversed = rs.getLong(2);
            if (reversed == pairs) {
                return Direction.BOTH_WAYS; // includes an empty file
            }
            return reversed == 0 ? Direction.ONE_WAY : Direction.MIXED;
        }
    }
}
