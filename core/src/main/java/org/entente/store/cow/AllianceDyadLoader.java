package org.entente.store.cow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.AllianceDyadReader;
import org.entente.source.cow.AllianceDyadSpell;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-alliance-dyad}: COW Formal Alliances v4.1 dyad spells ({@code _by_directed} or
 * {@code _by_dyad}, which share a header) into {@code cow_alliance_dyad}, one row per alliance and
 * pair as published. Which of the two files it was shows only in the rows, so after loading,
 * {@code directed} is set true when every pair also appears reversed.
 */
public final class AllianceDyadLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-alliance-dyad";
    }

    @Override
    public String description() {
        return "COW Formal Alliances v4.1 dyad spells (alliance_v4.1_by_directed.csv, _by_dyad.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "version4id", "ccode1", "ccode2") && c.contains("dyad_st_year") && !c.contains("year");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AllianceDyadReader reader = new AllianceDyadReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "version4id, ccode1, ccode2, start date");
        try (var app = ctx.appender("cow_alliance_dyad")) {
            for (AllianceDyadSpell d = reader.read(); d != null; d = reader.read()) {
                unique.check(csv.line(), d.version4id(), d.ccode1(), d.ccode2(), d.start());
                app.beginRow().append(ctx.datasetId()).append(d.version4id()).append(d.ccode1()).append(d.ccode2())
                        .append(d.start()).append(d.end()).append(d.leftCensor()).append(d.rightCensor())
                        .append(d.types().defense()).append(d.types().neutrality())
                        .append(d.types().nonaggression()).append(d.types().entente()).append(d.version())
                        .appendNull() // directed: decided below, from all rows
                        .endRow();
                version = version == null ? d.version() : version;
                n++;
            }
        }
        boolean directed = oneWayPairs(ctx) == 0;
        try (PreparedStatement ps = ctx.prepare("UPDATE cow_alliance_dyad SET directed = ? WHERE dataset_id = ?")) {
            ps.setBoolean(1, directed);
            ps.setInt(2, ctx.datasetId());
            ps.executeUpdate();
        }
        if (n > 0) {
            ctx.note(directed ? "every pair appears both ways: a directed (_by_directed) file"
                    : "pairs appear one way only: an undirected (_by_dyad) file; look pairs up in both orders");
        }
        ctx.version(version);
        ctx.citation(CowCitations.alliances(version));
        return n;
    }

    /** Pairs (alliance, ccode1, ccode2) of this dataset with no reversed counterpart. */
    private static long oneWayPairs(LoadContext ctx) throws SQLException {
        try (PreparedStatement ps = ctx.prepare("""
                SELECT count(*) FROM cow_alliance_dyad a
                WHERE a.dataset_id = ? AND NOT EXISTS (
                    SELECT 1 FROM cow_alliance_dyad b
                    WHERE b.dataset_id = a.dataset_id AND b.version4id = a.version4id
                      AND b.ccode1 = a.ccode2 AND b.ccode2 = a.ccode1)""")) {
            ps.setInt(1, ctx.datasetId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
