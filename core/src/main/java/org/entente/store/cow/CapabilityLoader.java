package org.entente.store.cow;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.Capability;
import org.entente.source.cow.CapabilityReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-nmc}: National Material Capabilities, official abridged layout or peacesciencer's,
 * into {@code capability}.
 *
 * <p>The version is taken from the years covered, because peacesciencer's copy has no version
 * column and the official file's column holds a release year ({@code 2021} in NMC 6.0), not the
 * version: a file ending in 2016 is 6.0, one ending in 2022 is 7.0 (see {@link Coverage}). If the
 * last year matches no release, the official file's own stamp is kept, and failing that the
 * version is left empty with a note.
 */
public final class CapabilityLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-nmc";
    }

    @Override
    public String description() {
        return "COW National Material Capabilities (NMC-60-abridged.csv, or peacesciencer's NMC 7.0)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return c.contains("ccode") && c.contains("year") && countOf(c, CapabilityReader.MEASURES) >= 4;
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        CapabilityReader reader = new CapabilityReader(csv);
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        String stamp = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode, year");
        try (var app = ctx.appender("capability")) {
            for (Capability c = reader.read(); c != null; c = reader.read()) {
                unique.check(csv.line(), c.ccode(), c.year());
                app.beginRow().append(ctx.datasetId()).append(c.ccode()).append(c.year())
                        .append(c.milex()).append(c.milper()).append(c.irst()).append(c.pec())
                        .append(c.tpop()).append(c.upop()).append(c.cinc())
                        .appendNull() // version: known only once the last year is seen
                        .endRow();
                firstYear = Math.min(firstYear, c.year());
                lastYear = Math.max(lastYear, c.year());
                stamp = stamp == null ? c.version() : stamp;
                n++;
            }
        }
        String version = n == 0 ? stamp : Coverage.nmc(lastYear);
        if (version != null) {
            ctx.note(String.format("NMC version %s, inferred from the years covered (%d-%d)%s", version, firstYear,
                    lastYear, stamp == null ? "; the file has no version column" : "; the file's version column says " + stamp));
        } else {
            version = stamp;
            ctx.note(n == 0 ? "the file has no data rows"
                    : "the last year (" + lastYear + ") matches no NMC release; version "
                            + (stamp == null ? "unknown" : "taken from the file: " + stamp));
        }
        if (version != null) {
            try (PreparedStatement ps = ctx.prepare("UPDATE capability SET version = ? WHERE dataset_id = ?")) {
                ps.setString(1, version);
                ps.setInt(2, ctx.datasetId());
                ps.executeUpdate();
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.nmc(version));
        return n;
    }
}
