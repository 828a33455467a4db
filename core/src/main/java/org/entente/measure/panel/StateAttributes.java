package org.entente.measure.panel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code p_sy}: one row per member state-year with every prepared state-level attribute
 * (capabilities, capital, trade and arms totals, event totals), so a dyad panel joins state data
 * twice, not once per source.
 */
final class StateAttributes {

    private StateAttributes() {}

    static void create(BuildContext ctx) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        if (ctx.prepared("capability")) {
            cols.add("cap.cinc, cap.cinc_published, cap.milex, cap.milper, cap.irst, cap.pec, cap.tpop, cap.upop");
            joins.add("LEFT JOIN p_cap cap ON cap.ccode = st.ccode AND cap.year = st.year");
        }
        if (ctx.prepared("distance")) {
            cols.add("k.cap");
            joins.add("LEFT JOIN p_capital k ON k.ccode = st.ccode AND k.year = st.year");
        }
        if (ctx.prepared("trade")) {
            cols.add("tt.imports AS trade_imports, tt.exports AS trade_exports, tt.total AS trade_total");
            joins.add("LEFT JOIN p_trade_total tt ON tt.ccode = st.ccode AND tt.year = st.year");
        }
        if (ctx.prepared("arms")) {
            cols.add("ta.exports AS tiv_exports, ta.imports AS tiv_imports");
            cols.add(ctx.armsSource == ArmsSource.TABLES
                    ? "st.ccode IN (SELECT ccode FROM p_arms_supplier) AS tiv_supplier" : "true AS tiv_supplier");
            joins.add("LEFT JOIN p_arms_total ta ON ta.ccode = st.ccode AND ta.year = st.year");
        }
        if (ctx.prepared("events")) {
            cols.add("et.sent AS events_sent, et.received AS events_received");
            joins.add("LEFT JOIN p_event_total et ON et.ccode = st.ccode AND et.year = st.year");
        }
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE p_sy AS SELECT st.ccode, st.year, st.stateabb");
        cols.forEach(c -> sql.append(", ").append(c));
        sql.append(" FROM p_state st");
        joins.forEach(j -> sql.append(' ').append(j));
        ctx.execute(sql.toString());
    }
}
