package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** A user's first try is often the folder (e.g. ../shared/data/cow); the error says what to type. */
    @Test
    void aDirectoryIsRefusedWithTheFilesToName() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "import", "--db", dir.resolve("s.duckdb").toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("entente: " + dir + ": is a directory; name the files in it, e.g. "
                + dir.resolve("*.csv"));
        assertThat(out.toString()).isEmpty();
    }
}
