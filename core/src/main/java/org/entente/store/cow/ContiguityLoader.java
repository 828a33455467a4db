package org.entente.store.cow;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.ContiguityReader;
import org.entente.source.cow.ContiguitySpell;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code cow-contiguity}: COW Direct Contiguity spells in peacesciencer's directed layout into
 * {@code contiguity}. The file has no version column; a file whose spells run to 2016 is 3.2.
 */
public final class ContiguityLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-contiguity";
    }

    @Override
    public String description() {
        return "COW Direct Contiguity spells, peacesciencer layout (contdir-3.2-peacesciencer.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "ccode1", "ccode2", "conttype");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        ContiguityReader reader = new ContiguityReader(csv);
        int lastYear = Integer.MIN_VALUE;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode1, ccode2, stdate");
        try (var app = ctx.appender("contiguity")) {
            for (ContiguitySpell s = reader.read(); s != null; s = reader.read()) {
                unique.check(csv.line(), s.ccode1(), s.ccode2(), s.start());
                app.beginRow().append(ctx.datasetId()).append(s.ccode1()).append(s.ccode2()).append(s.conttype())
                        .append(s.start()).append(s.end()).appendNull().endRow();
                lastYear = Math.max(lastYear, s.end().getYear());
                n++;
            }
        }
        String version = Coverage.contiguity(lastYear);
        if (version != null) {
            ctx.note("Direct Contiguity version " + version + ", inferred from the last spell ending in " + lastYear);
            try (PreparedStatement ps = ctx.prepare("UPDATE contiguity SET version = ? WHERE dataset_id = ?")) {
                ps.setString(1, version);
                ps.setInt(2, ctx.datasetId());
                ps.executeUpdate();
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.contiguity(version) + " As redistributed by peacesciencer: "
                + CowCitations.PEACESCIENCER);
        return n;
    }
}
