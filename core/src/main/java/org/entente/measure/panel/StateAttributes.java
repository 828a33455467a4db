package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code p_sy}: one row per member state-year with every prepared state-level attribute
 * (capabilities, capital, trade and arms totals, event totals) and the coverage of every source
 * in that year, so a dyad panel joins state data twice, not once per source.
 */
final class StateAttributes {

    private StateAttributes() {}

    /** 0 in the source's years, NULL outside (and always NULL if it covers none). */
    static String zero(BuildContext ctx, Source source, String type) {
        return zero(ctx, source, type, "TRUE");
    }

    /** 0 in the source's years where {@code condition} holds too, NULL otherwise. */
    static String zero(BuildContext ctx, Source source, String type, String condition) {
        Coverage c = ctx.coverage(source);
        return c == null ? "NULL::" + type
                : "(CASE WHEN " + c.sql("st.year") + " AND " + condition + " THEN 0::" + type + " END)";
    }

    static void create(BuildContext ctx) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        // z_*: 0 in the years a source covers, NULL outside them. A dyad panel writes
        // coalesce(value, s1.z_source): a value where there is a row, 0 where the source says
        // "none", empty where it says nothing. Computed here on state-years, not on dyad-years.
        if (ctx.prepared("atop")) {
            cols.add(zero(ctx, Source.ATOP, "INTEGER") + " AS z_atop");
        }
        if (ctx.prepared("cow-alliance")) {
            cols.add(zero(ctx, Source.COW_ALLIANCE, "INTEGER") + " AS z_cow");
        }
        if (ctx.prepared("contiguity")) {
            cols.add(zero(ctx, Source.CONTIGUITY, "INTEGER") + " AS z_contig");
        }
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
            // a supplier's flows are known (0 when absent) in SIPRI's years if its data are loaded
            String known = zero(ctx, Source.ARMS, "DOUBLE", ctx.armsSource == ArmsSource.TABLES
                    ? "st.ccode IN (SELECT ccode FROM p_arms_supplier)" : "TRUE");
            cols.add(known + " AS z_supplier");
            cols.add(zero(ctx, Source.ARMS, "DOUBLE") + " AS z_arms");
            cols.add("coalesce(ta.exports, " + known + ") AS tiv_exports");
            cols.add("coalesce(ta.imports, " + zero(ctx, Source.ARMS, "DOUBLE") + ") AS tiv_imports");
            joins.add("LEFT JOIN p_arms_total ta ON ta.ccode = st.ccode AND ta.year = st.year");
        }
        if (ctx.prepared("events")) {
            String z = zero(ctx, Source.EVENTS, "BIGINT");
            cols.add(z + " AS z_events");
            cols.add("coalesce(et.sent, " + z + ") AS events_sent, coalesce(et.received, " + z + ") AS events_received");
            joins.add("LEFT JOIN p_event_total et ON et.ccode = st.ccode AND et.year = st.year");
        }
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE p_sy AS SELECT st.ccode, st.year, st.stateabb");
        cols.forEach(c -> sql.append(", ").append(c));
        sql.append(" FROM p_state st");
        joins.forEach(j -> sql.append(' ').append(j));
        ctx.execute(sql.toString());
    }
}
