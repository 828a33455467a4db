package org.entente.store.cow;

import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.StateSpell;
import org.entente.source.cow.StateSpellReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code cow-states}: COW State System Membership spells (states2016) into {@code state_spell}. */
public final class StateSpellLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-states";
    }

    @Override
    public String description() {
        return "COW State System Membership spells (states2016.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "stateabb", "statenme", "styear") && !c.contains("capital");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        StateSpellReader reader = new StateSpellReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "ccode, start date");
        try (var app = ctx.appender("state_spell")) {
            for (StateSpell s = reader.read(); s != null; s = reader.read()) {
                unique.check(csv.line(), s.ccode(), s.start());
                app.beginRow().append(ctx.datasetId()).append(s.ccode()).append(s.stateabb()).append(s.statenme())
                        .append(s.start()).append(s.end()).append(s.version()).endRow();
                version = version == null ? s.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.STATE_SYSTEM);
        return n;
    }
}
