package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.entente.measure.panel.SharedDataFixture;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente triangle} tried as a user would, on COW and ATOP from ../shared/data. */
class TriangleCommandTest {

    @TempDir static Path dir;
    static Path db;

    @BeforeAll
    static void load() throws Exception {
        db = dir.resolve("entente.duckdb");
        try (Store s = Store.open(db)) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), SharedDataFixture.dataDir());
            f.cow();
            f.atopDyads();
        }
    }

    /**
     * 1955 by hand: ../shared/data/atop/atop5_1ddyr-peacesciencer.csv line 143104 "365,710,1955,1,0,0,1,0"
     * (a defense pact, +1); no row for 2-365 or 2-710 in 1955 (no pact, 0). The tau-b scores come
     * from the same dyad-years 'entente dyads --with similarity' prints (USA-RUS -0.33, USA-CHN -0.16,
     * RUS-CHN 0.35 in that run: -1, -1, +1). So RUS-CHN +2 amity, the others -1 enmity: a stable
     * marriage of RUS and CHN against the USA.
     */
    @Test
    void nineteenFiftyFiveIsAStableMarriageOfRussiaAndChina() {
        CliRun r = CliRun.of("triangle", "USA", "RUS", "CHN", "--from", "1955", "--to", "1955", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1955  stable marriage, pair RUS-CHN");
        assertThat(r.out()).contains("RUS-CHN amity  +2 (atop def/off 1/0: +1; tau_b 0.35");
        assertThat(r.out()).contains("USA-RUS enmity -1 (atop def/off 0/0: +0; tau_b -0.32");
        assertThat(r.err()).contains("militarized disputes and rivalries: not loaded");
    }

    @Test
    void csvHasOneRowPerPairAndYear() {
        CliRun r = CliRun.of("triangle", "2", "365", "710", "--from", "1970", "--to", "1971", "--format", "csv",
                "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip().split("\n")).hasSize(1 + 2 * 3);
    }

    @Test
    void aRepeatedStateIsAUsageError() {
        CliRun r = CliRun.of("triangle", "USA", "RUS", "365", "--from", "1955", "--to", "1955", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("named twice", "both COW 365");
    }

    @Test
    void anUnknownStateIsAUsageError() {
        CliRun r = CliRun.of("triangle", "USA", "XYZ", "CHN", "--from", "1955", "--to", "1955", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown state 'XYZ'");
    }

    @Test
    void aYearBeforeAStateJoinedTheSystemIsAUsageError() {
        // Germany (255) is not a COW system member 1946-1989 (the FRG is 260)
        CliRun r = CliRun.of("triangle", "USA", "RUS", "255", "--from", "1955", "--to", "1955", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no dyad-year for", "not a state-system member");
    }
}
