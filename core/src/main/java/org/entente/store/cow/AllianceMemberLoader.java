package org.entente.store.cow;

import java.sql.SQLException;
import java.util.Set;

import org.entente.source.UniqueRows;
import org.entente.source.HeadedCsv;
import org.entente.source.cow.AllianceMemberReader;
import org.entente.source.cow.AllianceMembership;
import org.entente.store.HeadedCsvLoader;
import org.entente.store.LoadContext;

/** {@code cow-alliance-member}: COW Formal Alliances v4.1 by member into {@code cow_alliance_member}. */
public final class AllianceMemberLoader extends HeadedCsvLoader {

    @Override
    public String kind() {
        return "cow-alliance-member";
    }

    @Override
    public String description() {
        return "COW Formal Alliances v4.1 by member (alliance_v4.1_by_member.csv)";
    }

    @Override
    protected boolean recognisesColumns(Set<String> c) {
        return c.contains("version4id") && (c.contains("ss_type") || c.contains("mem_st_year"));
    }

    @Override
    protected long load(LoadContext ctx, HeadedCsv csv) throws SQLException {
        AllianceMemberReader reader = new AllianceMemberReader(csv);
        String version = null;
        long n = 0;
        UniqueRows unique = new UniqueRows(ctx.file(), "version4id, ccode, membership start");
        try (var app = ctx.appender("cow_alliance_member")) {
            for (AllianceMembership m = reader.read(); m != null; m = reader.read()) {
                unique.check(csv.line(), m.version4id(), m.ccode(), m.start());
                app.beginRow().append(ctx.datasetId()).append(m.version4id()).append(m.ccode()).append(m.ssType())
                        .append(m.start()).append(m.end()).append(m.types().defense())
                        .append(m.types().neutrality()).append(m.types().nonaggression()).append(m.types().entente())
                        .append(m.version()).append(m.allianceStart()).append(m.allianceEnd())
                        .append(m.leftCensor()).append(m.rightCensor()).endRow();
                version = version == null ? m.version() : version;
                n++;
            }
        }
        ctx.version(version);
        ctx.citation(CowCitations.alliances(version));
        return n;
    }
}
