package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW Dyadic Trade in either layout: peacesciencer's
 * {@code ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2} (empty = missing) or the official
 * 23-column {@code Dyadic_COW_4.0.csv} ({@code -9} = missing), recognised by its {@code version}
 * column.
 */
public final class TradeFlowReader extends RowReader<TradeFlow> {

    /** The first year the state system covers. */
    private static final int FIRST_YEAR = 1816;

    private static final String MISSING = "-9";

    private final Column ccode1;
    private final Column ccode2;
    private final Column year;
    private final Column flow1;
    private final Column flow2;
    private final Column smooth1;
    private final Column smooth2;
    private final boolean official;
    private Column importer1;
    private Column importer2;
    private Column smoothtotrade;
    private Column spike1;
    private Column spike2;
    private Column dip1;
    private Column dip2;
    private Column trdspike;
    private Column tradedip;
    private Column belLux1;
    private Column belLux2;
    private Column china1;
    private Column china2;
    private Column source1;
    private Column source2;
    private Column version;

    public TradeFlowReader(HeadedCsv csv) {
        super(csv);
        ccode1 = csv.column("ccode1");
        ccode2 = csv.column("ccode2");
        year = csv.column("year");
        flow1 = csv.column("flow1");
        flow2 = csv.column("flow2");
        smooth1 = csv.column("smoothflow1");
        smooth2 = csv.column("smoothflow2");
        official = csv.has("version") || csv.has("importer1");
        if (official) {
            importer1 = csv.column("importer1");
            importer2 = csv.column("importer2");
            smoothtotrade = csv.column("smoothtotrade");
            spike1 = csv.column("spike1");
            spike2 = csv.column("spike2");
            dip1 = csv.column("dip1");
            dip2 = csv.column("dip2");
            trdspike = csv.column("trdspike");
            tradedip = csv.column("tradedip");
            belLux1 = csv.column("bel_lux_alt_flow1");
            belLux2 = csv.column("bel_lux_alt_flow2");
            china1 = csv.column("china_alt_flow1");
            china2 = csv.column("china_alt_flow2");
            source1 = csv.column("source1");
            source2 = csv.column("source2");
            version = csv.column("version");
        }
    }

    /** True for the official 23-column layout. */
    public boolean official() {
        return official;
    }

    @Override
    protected TradeFlow parse() {
        TradeFlow.Official o = null;
        if (official) {
            o = new TradeFlow.Official(csv.text(importer1), csv.text(importer2), flow(smoothtotrade),
                    code(spike1), code(spike2), code(dip1), code(dip2), code(trdspike), code(tradedip),
                    flow(belLux1), flow(belLux2), flow(china1), flow(china2), code(source1), code(source2),
                    DatasetVersion.clean(csv.text(version)));
        }
        return new TradeFlow(csv.integer(ccode1), csv.integer(ccode2), csv.year(year, FIRST_YEAR), flow(flow1), flow(flow2),
                flow(smooth1), flow(smooth2), o);
    }

    private Double flow(Column c) {
        Double v = csv.decimalOrNull(c, MISSING);
        if (v != null && v < 0) {
            throw csv.bad(c, "'" + csv.text(c) + "' is negative; trade flows are 0 or more, -9 = missing");
        }
        return v;
    }

    private Integer code(Column c) {
        return csv.integerOrNull(c, MISSING);
    }
}
