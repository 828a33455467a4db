package org.entente.store.atop;

import java.sql.SQLException;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.atop.AtopAlliance;
import org.entente.source.atop.AtopAllianceReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code atop-alliance} ({@code atop5_1a.csv} into {@code atop_alliance}) and {@code atop-phase}
 * ({@code atop5_1aph.csv} into {@code atop_alliance_phase}): the two files share their columns
 * but for the phase identifiers.
 */
public final class AtopAllianceLoader extends HeadedCsvLoader {

    private final boolean phases;

    private AtopAllianceLoader(boolean phases) {
        this.phases = phases;
    }

    public static AtopAllianceLoader alliances() {
        return new AtopAllianceLoader(false);
    }

    public static AtopAllianceLoader phases() {
        return new AtopAllianceLoader(true);
    }

    @Override
    public String kind() {
        return phases ? "atop-phase" : "atop-alliance";
    }

    @Override
    public String description() {
        return phases ? "ATOP alliance-phase level (atop5_1aph.csv)" : "ATOP alliance level (atop5_1a.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        if (!hasAll(c, "atopid", "begyr") || c.contains("member")) {
            return false;
        }
        return phases == c.contains("atopidphase");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AtopAllianceReader reader = new AtopAllianceReader(csv, phases);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "atopid, atopidphase");
        try (DuckDBAppender app = ctx.appender(phases ? "atop_alliance_phase" : "atop_alliance")) {
            for (AtopAlliance a = reader.read(); a != null; a = reader.read()) {
                unique.check(csv.line(), a.atopid(), a.atopidphase());
                app.beginRow().append(ctx.datasetId()).append(a.atopid());
                if (phases) {
                    app.append(a.atopidphase()).append(a.phase());
                    AtopAppend.dates(app, a.begin());
                    AtopAppend.dates(app, a.end());
                    AtopAppend.obligations(app, a.obligations());
                    app.append(a.version()).append(a.cowid()).append(a.cow4id()).append(a.ineffect())
                            .append(a.bilat()).append(a.maxphase()).append(a.conditio()).append(a.asymm());
                } else {
                    app.append(a.cowid());
                    AtopAppend.dates(app, a.begin());
                    AtopAppend.dates(app, a.end());
                    app.append(a.ineffect()).append(a.bilat());
                    AtopAppend.obligations(app, a.obligations());
                    app.append(a.version()).append(a.cow4id()).append(a.maxphase()).append(a.conditio())
                            .append(a.asymm());
                }
                AtopAppend.list(app, a.members());
                app.endRow();
                version = version == null ? a.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(AtopCitations.atop(version));
        return n;
    }
}
