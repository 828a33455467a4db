package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escapes the fault campaign (issue #16) tried through {@code entente sql}: each is refused
 * with DuckDB's reason, and nothing is written, read or fetched outside the store.
 */
class SqlLockdownTest {

    @TempDir Path dir;
    Path db;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("store.duckdb");
        Path states = dir.resolve("states.csv");
        Files.writeString(states, "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
                + "USA,2,United States of America,1816,1,1,2016,12,31,2016\n"
                + "RUS,365,Russia,1816,1,1,1917,12,5,2016\n");
        try (Store s = Store.open(db)) {
            new Importer(s).importFile(states, null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "COPY state_spell TO '%s/out.csv'",
        "EXPORT DATABASE '%s/export'",
        "ATTACH '%s/other.duckdb' AS other",
        "SELECT * FROM read_text('%s/secret.txt')",
        "SELECT * FROM read_csv('%s/secret.txt')",
        "SELECT * FROM glob('%s/*')",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
    })
    void reachingOutsideTheStoreIsRefused(String template) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "a secret\n");
        long filesBefore;
        try (var files = Files.list(dir)) {
            filesBefore = files.count();
        }
        CliRun run = CliRun.of("sql", "--db", db.toString(), template.formatted(dir));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("a secret");
        assertThat(run.err()).contains("'entente sql' reads only the store")
                .doesNotContain("unsuccessful or closed pending query result")
                .doesNotContain("\tat ");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("files in %s", dir).isEqualTo(filesBefore);
        }
    }

    @Test
    void changesAreRefusedAsReadOnly() {
        CliRun run = CliRun.of("sql", "--db", db.toString(), "DELETE FROM state_spell");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("read-only");
        assertThat(CliRun.of("sql", "--db", db.toString(), "SELECT count(*) AS n FROM state_spell").out())
                .contains("2");
    }

    @Test
    void theRealErrorReachesTheUser() {
        CliRun run = CliRun.of("sql", "--db", db.toString(), "SELECT nosuchcol FROM state_spell");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Binder Error").contains("nosuchcol")
                .doesNotContain("unsuccessful or closed pending query result");
    }

    @Test
    void queriesStillWork() {
        CliRun run = CliRun.of("sql", "--db", db.toString(), "--format", "csv",
                "SELECT stateabb FROM state_spell ORDER BY ccode");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly("stateabb", "USA", "RUS");
    }
}
