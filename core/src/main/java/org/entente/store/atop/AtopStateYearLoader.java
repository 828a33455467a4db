package org.entente.store.atop;

import java.sql.SQLException;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.atop.AtopStateYear;
import org.entente.source.atop.AtopStateYearReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code atop-state-year}: ATOP state-years ({@code atop5_1sy.csv}) into {@code atop_state_year},
 * with {@code atopid1..N} collected into the {@code atopids} array.
 */
public final class AtopStateYearLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "atop-state-year";
    }

    @Override
    public String description() {
        return "ATOP state-year (atop5_1sy.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "state", "year", "atopid1");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AtopStateYearReader reader = new AtopStateYearReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "state, year");
        try (DuckDBAppender app = ctx.appender("atop_state_year")) {
            for (AtopStateYear s = reader.read(); s != null; s = reader.read()) {
                unique.check(csv.line(), s.ccode(), s.year());
                app.beginRow().append(ctx.datasetId()).append(s.ccode()).append(s.year()).append(s.atopally());
                AtopAppend.obligations(app, s.obligations());
                app.append(s.number());
                AtopAppend.list(app, s.atopids());
                app.append(s.version()).append(s.transyr()).endRow();
                version = version == null ? s.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(AtopCitations.atop(version));
        return n;
    }
}
