package org.entente.store.cow;

import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.CapabilityReader;
import org.entente.source.cow.StateYear;
import org.entente.source.cow.StateYearReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code cow-system}: COW state system members by year (system2016) into {@code state_year}. */
public final class StateYearLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-system";
    }

    @Override
    public String description() {
        return "COW state system members by year (system2016.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        // NMC's official file also starts stateabb,ccode,year: tell them apart by its measures.
        return hasAll(c, "stateabb", "ccode", "year") && countOf(c, CapabilityReader.MEASURES) == 0;
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        StateYearReader reader = new StateYearReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode, year");
        try (var app = ctx.appender("state_year")) {
            for (StateYear s = reader.read(); s != null; s = reader.read()) {
                unique.check(csv.line(), s.ccode(), s.year());
                app.beginRow().append(ctx.datasetId()).append(s.ccode()).append(s.stateabb()).append(s.year())
                        .append(s.version()).endRow();
                version = version == null ? s.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.STATE_SYSTEM);
        return n;
    }
}
