package org.entente.store.events;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.entente.source.BadInputException;
import org.entente.source.FileHead;
import org.entente.source.events.CameoTable;
import org.entente.store.LoadContext;

/**
 * CAMEO's actor type codes ({@code CAMEO.type.txt}) and known-group codes
 * ({@code CAMEO.knowngroup.txt}), into {@code cameo_actor_code}, so event actor codes such as
 * {@code RUSGOV} or {@code IGOUNO} can be spelt out. Both files have the header
 * {@code CODE<tab>LABEL}; the type list is the one with the government code {@code GOV}.
 * Rows are kept as written, repeated codes included (the published lists repeat UIS, CEM and WTO).
 */
public final class CameoActorCodeLoader extends NamedLoader {

    public static final CameoActorCodeLoader TYPES = new CameoActorCodeLoader("type", "cameo-actor-types",
            "CAMEO actor type codes (CAMEO.type.txt: GOV, MIL, REB, ...)");
    public static final CameoActorCodeLoader KNOWN_GROUPS = new CameoActorCodeLoader("knowngroup",
            "cameo-known-groups", "CAMEO known-group codes (CAMEO.knowngroup.txt: NAT NATO, EEC EU, ...)");

    private final String list;

    private CameoActorCodeLoader(String list, String kind, String description) {
        super(kind, description);
        this.list = list;
    }

    @Override
    public boolean recognises(FileHead head) {
        if (!CameoTable.Layout.ACTOR_CODES.recognises(head)) {
            return false;
        }
        boolean hasGovernment = head.lines().stream().anyMatch(l -> l.startsWith("GOV\t"));
        return hasGovernment == list.equals("type");
    }

    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        long rows = 0;
        try (InputStream in = ctx.openStream();
                CameoTable table = new CameoTable(ctx.file(), in, CameoTable.Layout.ACTOR_CODES);
                DuckDBAppender app = ctx.appender("cameo_actor_code")) {
            CameoTable.Entry e;
            while ((e = table.next()) != null) {
                app.beginRow()
                        .append(ctx.datasetId())
                        .append((int) e.line())
                        .append(list)
                        .append(e.code())
                        .append(e.label())
                        .endRow();
                rows++;
            }
        }
        if (rows == 0) {
            throw new BadInputException(ctx.file(), 0, null, "no codes after the header");
        }
        ctx.citation(Citations.CAMEO);
        return rows;
    }
}
