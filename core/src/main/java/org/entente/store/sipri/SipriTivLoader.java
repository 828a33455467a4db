package org.entente.store.sipri;

import static org.entente.store.sipri.SipriAppends.append;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.entente.source.FileHead;
import org.entente.source.sipri.TivFlow;
import org.entente.source.sipri.TivTableReader;
import org.entente.store.DatasetLoader;
import org.entente.store.LoadContext;

/** A SIPRI "TIV of arms exports from X" table into {@code tiv_flow}, one row per non-blank cell. */
public final class SipriTivLoader implements DatasetLoader {

    @Override
    public String kind() {
        return "sipri-tiv";
    }

    @Override
    public String description() {
        return "SIPRI TIV of arms exports table (one supplier; recipients by year; totals checked)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return TivTableReader.recognises(head.lines());
    }

    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        try (InputStream in = ctx.openStream();
                TivTableReader reader = TivTableReader.open(ctx.file(), in);
                DuckDBAppender a = ctx.appender("tiv_flow")) {
            SipriAppends.describe(ctx, reader.generated());
            CountryCodes codes = new CountryCodes(ctx);
            long rows = 0;
            for (TivFlow f = reader.next(); f != null; f = reader.next()) {
                a.beginRow();
                a.append(ctx.datasetId());
                a.append(Math.toIntExact(f.line()));
                a.append(f.supplier());
                append(a, codes.ccode("supplier", f.supplier(), f.year()));
                a.append(f.recipient());
                append(a, codes.ccode("recipient", f.recipient(), f.year()));
                a.append(f.year());
                a.append(f.tiv());
                a.endRow();
                rows++;
            }
            return rows;
        }
    }
}
