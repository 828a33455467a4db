package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Path COW = Path.of(System.getProperty("entente.shared", "../../shared"), "data", "cow");

    @TempDir Path dir;

    /**
     * A directory stands for the recognised files under it, subdirectories included, in path
     * order; a README is listed as skipped. Importing the directory again changes nothing. Row
     * counts are the files' data lines: 14 major-power spells (majors2016.csv has no final line
     * break, so wc -l says 14 with the header), 243 membership spells.
     */
    @Test
    void aDirectoryImportsTheFilesItHoldsAndSkipsTheRest() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data/nested"));
        Files.copy(COW.resolve("majors2016.csv"), dir.resolve("data/majors2016.csv"));
        Files.copy(COW.resolve("states2016.csv"), data.resolve("states2016.csv"));
        Files.writeString(dir.resolve("data/README.md"), "# notes\nnot data\n");
        String db = dir.resolve("s.duckdb").toString();

        CliRun first = CliRun.of("import", "--db", db, dir.resolve("data").toString());
        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out().lines()).containsExactly(
                dir.resolve("data/README.md") + ": skipped (not a format Entente reads)",
                dir.resolve("data/majors2016.csv") + ": imported as dataset 1 (cow-majors, 14 rows)",
                data.resolve("states2016.csv") + ": imported as dataset 2 (cow-states, 243 rows)");

        CliRun again = CliRun.of("import", "--db", db, dir.resolve("data").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already imported as dataset 1").contains("already imported as dataset 2")
                .doesNotContain("imported as dataset 3");
    }

    @Test
    void aDirectoryWithNothingToImportIsAnError() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        CliRun r = CliRun.of("import", "--db", dir.resolve("s.duckdb").toString(), dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "entente: " + dir + ": no file in this directory is in a format Entente reads");
    }
}
