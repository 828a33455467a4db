package org.entente.store.atop;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duckdb.DuckDBAppender;
import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.atop.AtopDyadYear;
import org.entente.source.atop.AtopDyadYearReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code atop-dyad-year}: ATOP directed dyad-years into {@code atop_dyad_year}, from
 * peacesciencer's copy ({@code atop5_1ddyr-peacesciencer.csv}) or ATOP's own directed file.
 *
 * <p>peacesciencer's copy has no version column. ATOP 5.0 and 5.1 both end in 2018, so the years
 * alone cannot tell them apart: the version is taken from the file name when it names one in
 * ATOP's style ({@code atop5_1...}), and otherwise recorded as "5.0 or 5.1" when the data end in
 * 2018; a note says which was done.
 */
public final class AtopDyadYearLoader extends HeadedCsvLoader {

    private static final Pattern NAMED_VERSION = Pattern.compile("atop[_-]?v?(\\d)[_.](\\d)", Pattern.CASE_INSENSITIVE);

    @Override
    public String kind() {
        return "atop-dyad-year";
    }

    @Override
    public String description() {
        return "ATOP directed dyad-years (atop5_1ddyr-peacesciencer.csv, or ATOP's own ddyr file)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return (hasAll(c, "ccode1", "ccode2", "year") && c.contains("atop_defense"))
                || (hasAll(c, "statea", "stateb", "year") && c.contains("defense"));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AtopDyadYearReader reader = new AtopDyadYearReader(csv);
        String stamp = null;
        int lastYear = Integer.MIN_VALUE;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode1, ccode2, year");
        try (DuckDBAppender app = ctx.appender("atop_dyad_year")) {
            for (AtopDyadYear d = reader.read(); d != null; d = reader.read()) {
                unique.check(csv.line(), d.ccode1(), d.ccode2(), d.year());
                app.beginRow().append(ctx.datasetId()).append(d.ccode1()).append(d.ccode2()).append(d.year());
                AtopAppend.obligations(app, d.obligations());
                app.append(d.number());
                AtopAppend.list(app, d.atopids());
                app.append(d.version()).endRow();
                stamp = stamp == null ? d.version() : stamp;
                lastYear = Math.max(lastYear, d.year());
                n++;
            }
        }
        String version = stamp;
        boolean peacesciencer = csv.has("atop_defense");
        if (version == null && n > 0) {
            version = inferVersion(ctx, lastYear);
            try (PreparedStatement ps = ctx.prepare("UPDATE atop_dyad_year SET version = ? WHERE dataset_id = ?")) {
                ps.setString(1, version);
                ps.setInt(2, ctx.datasetId());
                ps.executeUpdate();
            }
        }
        ctx.version(version);
        ctx.citation(AtopCitations.atop(version) + (peacesciencer ? AtopCitations.PEACESCIENCER : ""));
        return n;
    }

    private static String inferVersion(LoadContext ctx, int lastYear) {
        Matcher m = NAMED_VERSION.matcher(ctx.file().getFileName().toString());
        if (m.find()) {
            String v = m.group(1) + "." + m.group(2);
            ctx.note("ATOP version " + v + " taken from the file name (the file has no version column)");
            return v;
        }
        if (lastYear == 2018) {
            ctx.note("the file has no version column; it ends in 2018, as ATOP 5.0 and 5.1 do");
            return "5.0 or 5.1";
        }
        ctx.note("the file has no version column and ends in " + lastYear + "; version unknown");
        return null;
    }
}
