package org.entente.measure.panel;

import org.entente.data.Coverage;
import static org.entente.measure.panel.Source.ARMS;
import static org.entente.measure.panel.Source.ATOP;
import static org.entente.measure.panel.Source.CAPABILITY;
import static org.entente.measure.panel.Source.EVENTS;
import static org.entente.measure.panel.Source.MAJOR_POWERS;
import static org.entente.measure.panel.Source.MEMBERS;
import static org.entente.measure.panel.Source.TRADE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.entente.data.DatasetInfo;
import org.entente.store.Store;

/**
 * State-years of state-system members with the measures asked for, in the manner of
 * peacesciencer's {@code create_stateyears()}. Coverage rules as for {@link DyadYears}.
 */
public final class StateYears {

    static final List<Column> KEYS = List.of(
            new Column("ccode", "INTEGER", "COW state code", "the state", List.of(MEMBERS)),
            new Column("year", "INTEGER", "calendar year", "the state is a system member on some day of it",
                    List.of(MEMBERS)),
            new Column("stateabb", "VARCHAR", "COW abbreviation", "the state", List.of(MEMBERS)));

    private StateYears() {}

    /** The same, on the store the CLI opened (the panel keeps its set-based SQL). */
    public static Panel prepare(Store store, PanelRequest request, Set<StateFeature> with, boolean progress)
            throws SQLException {
        return prepare(store.connection(), request, with, progress);
    }

    public static Panel prepare(Connection connection, PanelRequest request, Set<StateFeature> with, boolean progress)
            throws SQLException {
        BuildContext ctx = new BuildContext(connection, request, progress);
        MemberYears.prepare(ctx);
        if (with.contains(StateFeature.CINC)) {
            CapabilityYears.prepare(ctx);
        }
        if (with.contains(StateFeature.ATOP)) {
            AllianceDyads.prepareAtop(ctx);
        }
        if (with.contains(StateFeature.TRADE)) {
            TradeFlows.prepare(ctx);
        }
        if (with.contains(StateFeature.TIV)) {
            ArmsFlows.prepare(ctx);
        }
        if (with.contains(StateFeature.EVENTS)) {
            EventCounts.prepare(ctx);
        }
        StateAttributes.create(ctx);
        ctx.execute("CREATE OR REPLACE TEMP TABLE p_state_panel AS SELECT * FROM p_sy WHERE "
                + MemberYears.stateFilter(request, "ccode"));

        PanelQuery q = new PanelQuery("p_state_panel s", KEYS.stream().map(Column::name).toList());
        if (with.contains(StateFeature.CINC)) {
            q.column(1, new Column("cinc", "DOUBLE", "share of the system, 0-1",
                    "CINC recomputed: mean over the known components of the state's share of the system total",
                    List.of(CAPABILITY)), "s.cinc");
            q.column(1, new Column("cinc_published", "DOUBLE", "share of the system, 0-1", "CINC as the NMC file gives it",
                    List.of(CAPABILITY)), "s.cinc_published");
            String[][] parts = {{"milex", "thousands of current US$", "military expenditure"},
                {"milper", "thousands", "military personnel"}, {"irst", "thousands of tons", "iron and steel production"},
                {"pec", "thousands of coal-ton equivalents", "primary energy consumption"},
                {"tpop", "thousands", "total population"}, {"upop", "thousands", "urban population"}};
            for (String[] p : parts) {
                q.column(1, new Column(p[0], "DOUBLE", p[1], p[2] + " (NMC); empty where missing", List.of(CAPABILITY)),
                        "s." + p[0]);
            }
        }
        if (with.contains(StateFeature.MAJOR)) {
            major(ctx, q);
        }
        if (with.contains(StateFeature.ATOP)) {
            atop(ctx, q);
        }
        if (with.contains(StateFeature.TRADE)) {
            q.column(1, new Column("trade_imports", "DOUBLE", "current million US$", "imports summed over all partners"
                    + " in the COW dyadic data (known flows only); empty where none is known", List.of(TRADE)),
                    "s.trade_imports");
            q.column(1, new Column("trade_exports", "DOUBLE", "current million US$", "exports summed likewise",
                    List.of(TRADE)), "s.trade_exports");
        }
        if (with.contains(StateFeature.TIV)) {
            String unit = "TIV, million 1990 US$ (volume index)";
            q.column(1, new Column("tiv_exports", "DOUBLE", unit, "arms delivered to anyone; 0 inside SIPRI's years,"
                    + " empty outside them or for a supplier whose table is not loaded", List.of(ARMS)), "s.tiv_exports");
            q.column(1, new Column("tiv_imports", "DOUBLE", unit, "arms received from anyone", List.of(ARMS)),
                    "s.tiv_imports");
        }
        if (with.contains(StateFeature.EVENTS)) {
            q.column(1, new Column("events_sent", "BIGINT", "events", "events with this state as source and another state"
                    + " as target; 0 inside the loaded event data's years, empty outside", List.of(EVENTS)),
                    "s.events_sent");
            q.column(1, new Column("events_received", "BIGINT", "events", "events with this state as target",
                    List.of(EVENTS)), "s.events_received");
        }
        return new Panel(q.sql(List.of("year", "ccode")), KEYS, q.visibleColumns(), ctx.used(), ctx.coverages(), ctx.notes(),
                ctx.timings());
    }

    private static void major(BuildContext ctx, PanelQuery q) throws SQLException {
        DatasetInfo d = Datasets.latest(ctx.connection, "major_power").orElseThrow(() -> new MissingDataException(
                "no COW major-power list is loaded; import majors2016.csv first"));
        ctx.use(MAJOR_POWERS, d);
        Coverage c = ctx.range("SELECT min(year(start_date)), max(year(end_date)) FROM major_power WHERE dataset_id = "
                + d.id());
        ctx.coverage(MAJOR_POWERS, c);
        q.column(1, new Column("major", "INTEGER", "0/1", "a COW major power on some day of the year; empty outside the"
                + " list's years", List.of(MAJOR_POWERS)),
                "CASE WHEN " + c.sql("s.year") + " THEN (EXISTS (SELECT 1 FROM major_power m WHERE m.dataset_id = " + d.id()
                        + " AND m.ccode = s.ccode AND s.year BETWEEN year(m.start_date) AND year(m.end_date)))::INTEGER END");
    }

    private static void atop(BuildContext ctx, PanelQuery q) {
        q.join("ao", "LEFT JOIN (SELECT ccode1 AS ccode, year, bool_or(defense) AS defense, bool_or(offense) AS offense,"
                + " bool_or(neutral) AS neutral, bool_or(nonagg) AS nonagg, bool_or(consul) AS consul,"
                + " count(DISTINCT ccode2) FILTER (WHERE defense OR offense OR neutral OR nonagg OR consul) AS partners"
                + " FROM p_atop_dir GROUP BY ccode1, year) ao ON ao.ccode = s.ccode AND ao.year = s.year");
        Coverage c = ctx.coverage(ATOP);
        String in = c == null ? "FALSE" : c.sql("s.year");
        for (String o : List.of("defense", "offense", "neutral", "nonagg", "consul")) {
            q.column(1, new Column("atop_" + o, "INTEGER", "0/1", "the state holds an ATOP " + o
                    + " obligation toward some state; 0 inside ATOP's years, empty outside them", List.of(ATOP)),
                    "CASE WHEN " + in + " THEN coalesce(ao." + o + ", false)::INTEGER END");
        }
        q.column(1, new Column("atop_partners", "BIGINT", "states", "states toward which it holds any ATOP obligation",
                List.of(ATOP)), "CASE WHEN " + in + " THEN coalesce(ao.partners, 0) END");
    }
}
