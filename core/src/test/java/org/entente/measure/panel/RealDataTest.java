package org.entente.measure.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;

import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panels on the real COW and ATOP files, loaded by {@link SharedDataFixture}. */
class RealDataTest {

    /**
     * CINC recomputed from the components matches the CINC each NMC release publishes, for every
     * state-year of v6.0 (-9 = missing) and v7.0 (empty = missing); the published values carry 9
     * decimals, our recomputation differs by at most 3e-8.
     */
    @Test
    void cincMatchesThePublishedValuesOfNmc6And7() throws Exception {
        try (Store s = Store.inMemory()) {
            Connection c = s.connection();
            SharedDataFixture f = new SharedDataFixture(c, SharedDataFixture.dataDir());
            f.states();
            f.nmc6();
            f.nmc7();
            for (String version : new String[] {"6.0", "7.0"}) {
                Panel p = StateYears.prepare(c, new PanelRequest(null, null, Set.of(), Set.of(), true, version, null),
                        EnumSet.of(StateFeature.CINC), false);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*), count(cinc), max(abs(cinc - cinc_published)),"
                                + " count(*) FILTER (WHERE abs(cinc - cinc_published) > 5e-8)"
                                + " FROM (" + p.query() + ") WHERE cinc_published IS NOT NULL")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("state-years with a published CINC, v" + version).isGreaterThan(15000);
                    assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                    assertThat(rs.getDouble(3)).as("largest difference, v" + version).isLessThan(5e-8);
                    assertThat(rs.getLong(4)).isZero();
                }
            }
        }
    }

    /**
     * Russia and China in ATOP 5.1 (shared/data/atop README and the dyad-year file): alliance
     * 4385 (non-aggression) from 1992, consultation added in 2001 (4810, 4980). The same coding
     * comes out whether the dyad-years are read from the directed dyad-year file or derived from
     * the member file.
     */
    @Test
    void russiaChinaAtopCodingFromEitherFile() throws Exception {
        for (boolean fromMembers : new boolean[] {false, true}) {
            try (Store s = Store.inMemory()) {
                Connection c = s.connection();
                SharedDataFixture f = new SharedDataFixture(c, SharedDataFixture.dataDir());
                f.states();
                if (fromMembers) {
                    f.atopMembers();
                } else {
                    f.atopDyads();
                }
                Panel p = DyadYears.prepare(c, new PanelRequest(1988, 2018, Set.of(365, 710), Set.of(), true, null, null),
                        EnumSet.of(DyadFeature.ATOP), false);
                var rows = SmallWorld.rows(c, p);
                for (int year = 1988; year <= 2016; year++) {
                    var r = rows.get("365-710-" + year);
                    String what = (fromMembers ? "members " : "dyad-years ") + year;
                    assertThat(r).as(what).containsEntry("atop_nonagg", year >= 1992 ? 1 : 0)
                            .containsEntry("atop_consul", year >= 2001 ? 1 : 0)
                            .containsEntry("atop_defense", 0).containsEntry("atop_offense", 0);
                }
            }
        }
    }

    /** The member-file derivation agrees with ATOP's own directed dyad-years on almost every tie. */
    @Test
    void derivedAtopAgreesWithThePublishedDyadYears() throws Exception {
        try (Store s = Store.inMemory()) {
            Connection c = s.connection();
            SharedDataFixture f = new SharedDataFixture(c, SharedDataFixture.dataDir());
            f.states();
            f.atopMembers();
            DyadYears.prepare(c, PanelRequest.all(), EnumSet.of(DyadFeature.ATOP), false);
            SmallWorld.exec(c, "CREATE TABLE derived AS SELECT * FROM p_atop_dir");
            f.atopDyads();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    WITH pub AS (SELECT ccode1, ccode2, year,
                                        CASE WHEN defense OR offense THEN 3 WHEN neutral OR consul THEN 2
                                             WHEN nonagg THEN 1 ELSE 0 END AS tie
                                 FROM atop_dyad_year WHERE year BETWEEN 1816 AND 2016),
                         der AS (SELECT ccode1, ccode2, year,
                                        CASE WHEN defense OR offense THEN 3 WHEN neutral OR consul THEN 2
                                             WHEN nonagg THEN 1 ELSE 0 END AS tie FROM derived)
                    SELECT count(*), count(*) FILTER (WHERE coalesce(pub.tie, 0) = coalesce(der.tie, 0))
                    FROM pub FULL JOIN der USING (ccode1, ccode2, year)""")) {
                rs.next();
                long all = rs.getLong(1);
                long same = rs.getLong(2);
                // at the time of writing 256,056 of 256,290 directed dyad-year ties agree (99.91%)
                assertThat(all).isGreaterThan(200_000);
                assertThat((double) same / all).isGreaterThan(0.95);
            }
        }
    }

    /**
     * The whole directed panel of the benchmark (every measure but similarity and events) comes
     * out in (year, ccode1, ccode2) order. DuckDB's parallel hash joins do not keep the spine's
     * order, so this fails if the panel query ever loses its sort. 1,912,290 rows: all directed
     * dyad-years of states2016 whose membership days overlap, 1816-2016 (bench/dyads-bench.sh).
     */
    @Test
    void theWholeDirectedPanelIsWrittenInKeyOrder(@TempDir Path dir) throws Exception {
        try (Store s = Store.inMemory()) {
            Connection c = s.connection();
            SharedDataFixture f = new SharedDataFixture(c, SharedDataFixture.dataDir());
            f.cow();
            f.atopDyads();
            f.tivTables();
            Panel p = DyadYears.prepare(c, PanelRequest.all(), EnumSet.complementOf(
                    EnumSet.of(DyadFeature.SIMILARITY, DyadFeature.EVENTS, DyadFeature.COW_ALLIANCE)), false);
            Path out = dir.resolve("panel.parquet");
            assertThat(PanelOutput.write(c, p, out, PanelOutput.Format.PARQUET)).isEqualTo(1_912_290L);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE prev >= key) FROM (SELECT key,"
                            + " lag(key) OVER (ORDER BY file_row_number) AS prev FROM (SELECT file_row_number,"
                            + " (year * 1000 + ccode1) * 1000 + ccode2 AS key FROM read_parquet('" + out
                            + "', file_row_number = true)))")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1_912_290L);
                assertThat(rs.getLong(2)).as("rows not after their predecessor").isZero();
            }
        }
    }
}
