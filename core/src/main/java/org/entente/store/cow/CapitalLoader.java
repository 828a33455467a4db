package org.entente.store.cow;

import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.Capital;
import org.entente.source.cow.CapitalReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code cow-capitals}: capitals with coordinates (peacesciencer) into {@code capital}. */
public final class CapitalLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-capitals";
    }

    @Override
    public String description() {
        return "State capitals with coordinates, peacesciencer layout (capitals-peacesciencer.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "ccode", "capital") && (c.contains("lat") || c.contains("lng"));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        CapitalReader reader = new CapitalReader(csv);
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode, stdate");
        try (var app = ctx.appender("capital")) {
            for (Capital c = reader.read(); c != null; c = reader.read()) {
                unique.check(csv.line(), c.ccode(), c.start());
                app.beginRow().append(ctx.datasetId()).append(c.ccode()).append(c.capital()).append(c.start())
                        .append(c.end()).append(c.lat()).append(c.lon()).append(c.statenme()).endRow();
                n++;
            }
        }
        ctx.version("peacesciencer");
        ctx.citation("Capitals and coordinates as compiled in peacesciencer: " + CowCitations.PEACESCIENCER
                + " State codes: " + CowCitations.STATE_SYSTEM);
        return n;
    }
}
