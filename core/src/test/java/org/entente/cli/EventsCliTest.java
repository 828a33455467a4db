package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCliTest {

    @TempDir Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void usageProblemsExitWithTwo() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "events", "aggregate", "--master", "local[2]", "--out",
                dir.toString(), "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--master applies to --engine spark only");
        assertThat(run(new StringWriter(), err, "events", "aggregate", "--dyads", "365", "--out", dir.toString(),
                "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("'365' is not a pair A-B");
    }

    @Test
    void aMissingFileOrANonEventFileFailsWithOneLine() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "events", "aggregate", "--out", dir.resolve("o").toString(),
                dir.resolve("nope.CSV").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("entente: " + dir.resolve("nope.CSV") + ": no such file");

        Path notEvents = dir.resolve("trade.csv");
        Files.writeString(notEvents, "ccode1,ccode2,year\n2,20,1990\n");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "events", "aggregate", "--out", dir.resolve("o").toString(),
                notEvents.toString())).isEqualTo(1);
        assertThat(err2.toString()).contains(notEvents + ":1: not a GDELT 1.0/2.0 export or ICEWS event file");
    }

    @Test
    void generatorWritesTheRowsAskedFor() throws Exception {
        Path samples = Path.of(System.getProperty("entente.shared", "../../shared"), "data", "events",
                "gdelt1-georgia-apr2012.csv");
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "events", "generate", "--rows", "1001", "--files", "3", "--zip",
                "--samples", samples.toString(), "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("wrote 1,001 lines in 3 files");
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.toString().endsWith(".export.CSV.zip")).count()).isEqualTo(3);
        }
        StringWriter agg = new StringWriter();
        assertThat(run(agg, new StringWriter(), "events", "aggregate", "--out", dir.resolve("o").toString(),
                dir + "/*.zip")).isZero();
        assertThat(agg.toString()).contains("read 1,001 event lines: 1,001 events");
    }
}
