package org.entente.store.atop;

import java.sql.SQLException;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.atop.AtopMemberReader;
import org.entente.source.atop.AtopMembership;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code atop-member}: ATOP member level ({@code atop5_1m.csv}) into {@code atop_member}. */
public final class AtopMemberLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "atop-member";
    }

    @Override
    public String description() {
        return "ATOP member level (atop5_1m.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return hasAll(c, "atopid", "member", "yrent");
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AtopMemberReader reader = new AtopMemberReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "atopid, member, phase, entry date");
        try (DuckDBAppender app = ctx.appender("atop_member")) {
            for (AtopMembership m = reader.read(); m != null; m = reader.read()) {
                unique.check(csv.line(), m.atopid(), m.member(), m.phase(), m.entry());
                app.beginRow().append(ctx.datasetId()).append(m.atopid()).append(m.member()).append(m.phase());
                AtopAppend.dates(app, m.entry());
                AtopAppend.dates(app, m.exit());
                AtopAppend.obligations(app, m.obligations());
                AtopMembership.Conditions c = m.conditional();
                app.append(m.version()).append(m.cowsys()).append(m.ineffect()).append(m.bilat())
                        .append(c.any()).append(c.defense()).append(c.offense()).append(c.neutral())
                        .append(c.consul()).append(m.obvary()).endRow();
                version = version == null ? m.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(AtopCitations.atop(version));
        return n;
    }
}
