package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.entente.data.DatasetInfo;

import org.entente.measure.AllianceObligations;

/**
 * Alliance obligations per directed dyad-year: {@code p_atop_dir} (ATOP) and {@code p_cow_dir}
 * (COW v4.1), one row per directed pair and year, and {@code p_atop} / {@code p_cow} with both
 * directions of a pair in one row, which dyad panels join. The dyad-year table wins when loaded; otherwise
 * the dyad-years are derived from the member-level table. Coverage is the years the dataset
 * spans: from the first year it lists to the last entry or exit year it records.
 */
final class AllianceDyads {

    private AllianceDyads() {}

    static void prepareAtop(BuildContext ctx) throws SQLException {
        ctx.once("atop", () -> {
            var c = ctx.connection;
            Optional<DatasetInfo> dyads = Datasets.latest(c, "atop_dyad_year");
            if (dyads.isPresent()) {
                DatasetInfo d = dyads.get();
                ctx.use(Source.ATOP, d);
                ctx.coverage(Source.ATOP, ctx.range(
                        "SELECT min(year), max(year) FROM atop_dyad_year WHERE dataset_id = " + d.id()));
                ctx.run("atop-from-dyad-years.sql", Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
            } else {
                DatasetInfo d = Datasets.latest(c, "atop_member").orElseThrow(() -> new MissingDataException(
                        "no ATOP data is loaded; import atop5_1ddyr (directed dyad-years) or atop5_1m (members) first"));
                ctx.use(Source.ATOP, d);
                Coverage cov = ctx.range("SELECT min(yrent), greatest(max(yrent), max(yrexit)) FROM atop_member"
                        + " WHERE dataset_id = " + d.id());
                ctx.coverage(Source.ATOP, cov);
                ctx.note(Source.ATOP, "dyad-years derived from the member-level file (the directed dyad-year file"
                        + " is not loaded); obligations held toward only some members are coded toward all");
                ctx.run("atop-from-members.sql", Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last,
                        "end", cov.last()));
            }
            ctx.run("atop-pairs.sql", Map.of("tie", AllianceObligations.valuedTieSql("defense12 OR defense21",
                    "offense12 OR offense21", "neutral12 OR neutral21", "nonagg12 OR nonagg21", "consul12 OR consul21")));
        });
    }

    static void prepareCow(BuildContext ctx) throws SQLException {
        ctx.once("cow-alliance", () -> {
            var c = ctx.connection;
            Optional<DatasetInfo> dyads = Datasets.latest(c, "cow_alliance_dyad_year");
            if (dyads.isPresent()) {
                DatasetInfo d = dyads.get();
                ctx.use(Source.COW_ALLIANCE, d);
                // the published yearly file has a few rows with year 0
                ctx.coverage(Source.COW_ALLIANCE, ctx.range("SELECT min(year), max(year) FROM cow_alliance_dyad_year"
                        + " WHERE year > 0 AND dataset_id = " + d.id()));
                ctx.run("cow-alliance-from-dyad-years.sql",
                        Map.of("dataset", d.id(), "first", ctx.first, "last", ctx.last));
            } else {
                DatasetInfo d = Datasets.latest(c, "cow_alliance_member").orElseThrow(() -> new MissingDataException(
                        "no COW Formal Alliances data is loaded; import alliance_v4.1_by_directed_yearly.csv"
                                + " or alliance_v4.1_by_member.csv first"));
                ctx.use(Source.COW_ALLIANCE, d);
                Coverage cov = ctx.range("SELECT min(year(start_date)), greatest(max(year(start_date)),"
                        + " max(year(end_date))) FROM cow_alliance_member WHERE dataset_id = " + d.id());
                ctx.coverage(Source.COW_ALLIANCE, cov);
                ctx.note(Source.COW_ALLIANCE, "dyad-years derived from the member-level file");
                ctx.run("cow-alliance-from-members.sql", Map.of("dataset", d.id(), "first", ctx.first, "last",
                        ctx.last, "end", cov.last()));
            }
            ctx.run("cow-alliance-pairs.sql", Map.of());
        });
    }
}
