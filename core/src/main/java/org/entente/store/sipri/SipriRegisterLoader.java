package org.entente.store.sipri;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.entente.source.FileHead;
import org.entente.source.sipri.ArmsDeal;
import org.entente.source.sipri.TradeRegisterReader;
import org.entente.store.DatasetLoader;
import org.entente.store.LoadContext;

/** The classic SIPRI trade register (one line per deal) into {@code arms_deal}. */
public final class SipriRegisterLoader implements DatasetLoader {

    @Override
    public String kind() {
        return "sipri-register";
    }

    @Override
    public String description() {
        return "SIPRI Arms Transfers trade register, classic CSV export (one line per deal)";
    }

    @Override
    public boolean recognises(FileHead head) {
        return TradeRegisterReader.recognises(head.lines());
    }

    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        try (InputStream in = ctx.openStream();
                TradeRegisterReader reader = TradeRegisterReader.open(ctx.file(), in);
                DuckDBAppender deals = ctx.appender("arms_deal")) {
            SipriAppends.describe(ctx, reader.generated());
            CountryCodes codes = new CountryCodes(ctx);
            long rows = 0;
            for (ArmsDeal d = reader.next(); d != null; d = reader.next()) {
                SipriAppends.appendDeal(deals, ctx, codes, d, true);
                rows++;
            }
            return rows;
        }
    }
}
