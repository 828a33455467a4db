package org.entente.store.atop;

import java.sql.SQLException;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.atop.AtopInstitution;
import org.entente.source.atop.AtopInstitutionReader;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/**
 * {@code atop-institution}: ATOP military institutionalisation ({@code atopinst5_1.csv}) into
 * {@code atop_institution}. The file stores its version as a float ({@code 5.0999999}); it is
 * recorded as 5.1.
 */
public final class AtopInstitutionLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "atop-institution";
    }

    @Override
    public String description() {
        return "ATOP military institutionalisation (atopinst5_1.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "atopidphase", "milinst");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AtopInstitutionReader reader = new AtopInstitutionReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "atopid, atopidphase");
        try (DuckDBAppender app = ctx.appender("atop_institution")) {
            for (AtopInstitution i = reader.read(); i != null; i = reader.read()) {
                unique.check(csv.line(), i.atopid(), i.atopidphase());
                app.beginRow().append(ctx.datasetId()).append(i.atopid()).append(i.atopidphase())
                        .append(i.milinst()).append(i.formal()).append(i.version()).endRow();
                version = version == null ? i.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(AtopCitations.atop(version) + AtopCitations.INSTITUTIONS);
        return n;
    }
}
