package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.data.DatasetInfo;

/**
 * Who is a member of the state system when: {@code p_member} (spell-years with the days they
 * cover), {@code p_state} (state-years) and, for dyads, {@code p_dyad}. Sets the panel's years.
 */
final class MemberYears {

    private MemberYears() {}

    static void prepare(BuildContext ctx) throws java.sql.SQLException {
        ctx.once("members", () -> {
            var c = ctx.connection;
            Optional<DatasetInfo> spells = Datasets.latest(c, "state_spell");
            Optional<DatasetInfo> years = spells.isPresent() ? Optional.empty() : Datasets.latest(c, "state_year");
            DatasetInfo d = spells.or(() -> years).orElseThrow(() -> new MissingDataException(
                    "no state-system membership is loaded; import the COW states2016.csv (or system2016.csv) first"));
            Coverage data = spells.isPresent()
                    ? ctx.range("SELECT min(year(start_date)), max(year(end_date)) FROM state_spell WHERE dataset_id = " + d.id())
                    : ctx.range("SELECT min(year), max(year) FROM state_year WHERE dataset_id = " + d.id());
            PanelRequest r = ctx.request;
            ctx.first = r.from() == null ? data.first() : Math.max(r.from(), data.first());
            ctx.last = r.to() == null ? data.last() : Math.min(r.to(), data.last());
            ctx.use(Source.MEMBERS, d);
            ctx.coverage(Source.MEMBERS, data);
            if (spells.isEmpty()) {
                ctx.note(Source.MEMBERS, "only state-years are loaded, so pairs are not checked for overlapping"
                        + " membership within the year");
            }
            ctx.run(spells.isPresent() ? "members-from-spells.sql" : "members-from-years.sql",
                    Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
        });
    }

    static void prepareDyads(BuildContext ctx) throws java.sql.SQLException {
        prepare(ctx);
        ctx.once("dyads", () -> {
            PanelRequest r = ctx.request;
            StringBuilder filter = new StringBuilder();
            if (!r.states().isEmpty()) {
                String in = codes(r.states());
                filter.append(" AND a.ccode IN (").append(in).append(") AND b.ccode IN (").append(in).append(')');
            }
            if (!r.involving().isEmpty()) {
                String in = codes(r.involving());
                filter.append(" AND (a.ccode IN (").append(in).append(") OR b.ccode IN (").append(in).append("))");
            }
            Coverage twoSpells = ctx.range("SELECT count(*), 0 FROM (SELECT 1 FROM p_member GROUP BY ccode, year"
                    + " HAVING count(*) > 1)");
            boolean distinct = twoSpells != null && twoSpells.first() > 0;
            ctx.run("dyads.sql", Map.of("pair", r.directed() ? "<>" : "<", "filter", filter.toString(),
                    "distinct", distinct ? "DISTINCT" : ""));
        });
    }

    /** State filter of a state-year panel, as a SQL condition on {@code ccode}. */
    static String stateFilter(PanelRequest r, String column) {
        Set<Integer> keep = r.states().isEmpty() ? r.involving() : r.states();
        return keep.isEmpty() ? "TRUE" : column + " IN (" + codes(keep) + ")";
    }

    static String codes(Set<Integer> codes) {
        return codes.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
