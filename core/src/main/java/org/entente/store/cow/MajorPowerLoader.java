package org.entente.store.cow;

import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.MajorPowerReader;
import org.entente.source.cow.MajorPowerSpell;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code cow-majors}: COW major-power spells (majors2016) into {@code major_power}. */
public final class MajorPowerLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-majors";
    }

    @Override
    public String description() {
        return "COW major powers (majors2016.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "stateabb", "ccode", "styear") && !c.contains("statenme");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        MajorPowerReader reader = new MajorPowerReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode, start date");
        try (var app = ctx.appender("major_power")) {
            for (MajorPowerSpell s = reader.read(); s != null; s = reader.read()) {
                unique.check(csv.line(), s.ccode(), s.start());
                app.beginRow().append(ctx.datasetId()).append(s.ccode()).append(s.stateabb()).append(s.start())
                        .append(s.end()).append(s.version()).endRow();
                version = version == null ? s.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.STATE_SYSTEM);
        return n;
    }
}
