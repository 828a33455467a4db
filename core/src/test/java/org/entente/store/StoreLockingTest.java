package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Other processes on the same store: readers beside a running reader (what {@code serve} is), an
 * import refused with what to do while they hold it, and an import killed with {@code kill -9}
 * (issue #16: the store after is the store before).
 */
class StoreLockingTest {

    @TempDir Path dir;

    @Test
    void readersShareTheStoreAndAWriterIsToldWhatToDo() throws Exception {
        Path db = dir.resolve("store.duckdb");
        Store.open(db).close();
        Process reader = ChildJvm.start(Map.of(), "read", db.toString());
        try {
            assertThat(firstLine(reader)).isEqualTo("open");
            try (Store a = Store.openReader(db)) {
                assertThat(ImportTesting.longValue(a, "SELECT count(*) FROM dataset")).isZero();
            }
            try (Store b = Store.openLockedDown(db)) {
                assertThat(ImportTesting.longValue(b, "SELECT count(*) FROM dataset")).isZero();
            }
            assertThatThrownBy(() -> Store.open(db)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("is open in another process (PID " + reader.pid() + ")")
                    .hasMessageContaining("stop that process or let it finish, then run this again");
        } finally {
            reader.destroyForcibly().waitFor();
        }
    }

    @Test
    void aReaderOfAStoreThatDoesNotExistCreatesIt() throws Exception {
        Path db = dir.resolve("new").resolve("store.duckdb");
        try (Store s = Store.openReader(db)) {
            assertThat(ImportTesting.longValue(s, "SELECT count(*) FROM dataset")).isZero();
        }
    }

    /** The COW trade file streamed through Java takes seconds to import: time to kill it part-way. */
    @ParameterizedTest
    @ValueSource(ints = {300, 1500})
    void anImportKilledPartWayLeavesTheStoreAsItWas(int millis) throws Exception {
        Path data = ImportTesting.sharedData();
        Path trade = data.resolve("cow/trade-dyadic-4.0-peacesciencer.csv");
        assertThat(trade).exists();
        Path db = dir.resolve("store.duckdb");
        Map<String, Long> before;
        try (Store s = Store.open(db)) {
            new Importer(s).importFile(data.resolve("cow/states2016.csv"), null);
            before = ImportTesting.tableCounts(s);
        }
        Process child = ChildJvm.start(Map.of("ENTENTE_IMPORT_JAVA", "1"), "import", db.toString(), trade.toString());
        assertThat(firstLine(child)).isEqualTo("importing");
        Thread.sleep(millis);
        assertThat(child.isAlive()).as("the import is still running when it is killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the child
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        try (Store s = Store.open(db)) {
            assertThat(ImportTesting.tableCounts(s)).isEqualTo(before);
            assertThat(ImportTesting.longValue(s, "SELECT count(*) FROM dataset WHERE kind = 'cow-trade'")).isZero();
        }
        assertThat(Files.exists(db)).isTrue();
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return r.readLine();
    }
}
