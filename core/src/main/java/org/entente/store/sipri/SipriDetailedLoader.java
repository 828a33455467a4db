package org.entente.store.sipri;

import static org.entente.store.sipri.SipriAppends.append;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.entente.source.FileHead;
import org.entente.source.sipri.ArmsDeal;
import org.entente.source.sipri.ArmsDelivery;
import org.entente.source.sipri.DetailedRegisterReader;
import org.entente.store.DatasetLoader;
import org.entente.store.LoadContext;

/**
 * SIPRI's detailed trade register (one line per deal and delivery year) into
 * {@code arms_delivery}, one row a line, and {@code arms_deal}, one row per SIPRI AT Database ID.
 */
public final class SipriDetailedLoader implements DatasetLoader {

    @Override
    public String kind() {
        return "sipri-detailed";
    }

    @Override
    public String description() {
        return "SIPRI Arms Transfers detailed trade register (one line per deal and delivery year)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return DetailedRegisterReader.recognises(head.lines());
    }

    /** Returns the number of lines, i.e. of {@code arms_delivery} rows. */
    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        try (InputStream in = ctx.openStream();
                DetailedRegisterReader reader = DetailedRegisterReader.open(ctx.file(), in)) {
            SipriAppends.describe(ctx, reader.generated());
            CountryCodes codes = new CountryCodes(ctx);
            long rows = 0;
            try (DuckDBAppender a = ctx.appender("arms_delivery")) {
                for (ArmsDelivery d = reader.next(); d != null; d = reader.next()) {
                    a.beginRow();
                    a.append(ctx.datasetId());
                    a.append(Math.toIntExact(d.line()));
                    a.append(d.sipriId());
                    a.append(d.supplier());
                    append(a, codes.ccode("supplier", d.supplier(), d.year()));
                    a.append(d.recipient());
                    append(a, codes.ccode("recipient", d.recipient(), d.year()));
                    a.append(d.year());
                    append(a, d.yearEstimate());
                    append(a, d.numberDelivered());
                    append(a, d.numberEstimate());
                    append(a, d.tiv());
                    a.endRow();
                    rows++;
                }
            }
            try (DuckDBAppender a = ctx.appender("arms_deal")) {
                for (ArmsDeal deal : reader.deals()) {
                    SipriAppends.appendDeal(a, ctx, codes, deal, false);
                }
            }
            return rows;
        }
    }
}
