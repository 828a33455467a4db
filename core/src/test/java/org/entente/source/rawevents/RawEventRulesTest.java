package org.entente.source.rawevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.data.PeriodGrain;
import org.entente.measure.events.AggregateRequest;
import org.entente.measure.events.AggregateSummary;
import org.entente.measure.events.DuckDbAggregation;
import org.entente.measure.events.DyadFilter;
import org.entente.measure.events.IndependentEventCount;
import org.entente.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawEventRulesTest {

    @TempDir Path dir;

    /** A GDELT 2.0 line: Russia (RUS) to the United States (USA), 1 March 2012, QuadClass 1. */
    static String[] line(long id) {
        String[] f = new String[61];
        Arrays.fill(f, "");
        f[0] = Long.toString(id);
        f[1] = "20120301";
        f[7] = "RUS";
        f[17] = "USA";
        f[25] = "1";
        f[29] = "1";
        f[30] = "1.0";
        f[31] = "2";
        f[34] = "1.5";
        return f;
    }

    static List<String> fields(String[] f) {
        return FieldSplitter.split(RawEventLayout.gdeltTab(61), String.join("\t", f));
    }

    @Test
    void readsTheFieldsTheAggregationNeeds() throws Exception {
        String[] f = line(42);
        f[30] = "-6.5";
        f[34] = "2.09205020920502";
        RawEvent e = RawEventRules.parse(RawEventLayout.gdeltTab(61), fields(f));
        assertThat(e).isEqualTo(new RawEvent("gdelt2", "cameo", 42, 2012, 3, true, 1, -6500, 2L, 2092050L, "RUS", "USA"));
        // half a millionth of tone rounds away from zero, as DuckDB's DECIMAL cast does
        f[34] = "-0.0000005";
        assertThat(RawEventRules.parse(RawEventLayout.gdeltTab(61), fields(f)).toneMicro()).isEqualTo(-1L);
        f[34] = "";
        assertThat(RawEventRules.parse(RawEventLayout.gdeltTab(61), fields(f)).toneMicro()).isNull();
    }

    @Test
    void namesTheFieldThatIsWrong() {
        String[] f = line(1);
        f[30] = "n/a";
        assertThatThrownBy(() -> RawEventRules.parse(RawEventLayout.gdeltTab(61), fields(f)))
                .hasMessage("field 'GoldsteinScale': expected a number in -10..10, found 'n/a'");
        assertThatThrownBy(() -> RawEventRules.parse(RawEventLayout.gdeltTab(58), fields(f)))
                .hasMessage("expected 58 fields, found 61");
        String[] g = line(1);
        g[1] = "20120230";
        assertThatThrownBy(() -> RawEventRules.parse(RawEventLayout.gdeltTab(61), fields(g)))
                .hasMessage("field 'SQLDATE': not a calendar date: '20120230'");
    }

    @Test
    void icewsQuadClassComesFromTheCameoRoot() {
        // as GDELT's own files assign it (QuadClassTest reads it off the Georgia samples):
        // 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict
        assertThat(List.of(1, 5, 6, 9, 10, 14, 15, 20).stream().map(RawEventRules::quadOfRoot).toList())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    }

    /**
     * The Java rules and the SQL the DuckDB engine runs accept exactly the same values: each value
     * goes into one line, DuckDB counts the malformed lines, and both must match the list by hand.
     */
    @Test
    void javaAndDuckDbAgreeOnEdgeCases() throws Exception {
        List<String> goodGoldstein = List.of("1.5", "-10", "10.0004", ".5", "5.", "+3", "0");
        List<String> badGoldstein = List.of("1e1", "nan", "inf", " 2.5", "1_000", "10.0005", "abc", "", "11", "1,5");
        List<String> goodTone = List.of("", "-3.5", "123456.25");
        List<String> badTone = List.of("1e2", "1234567", "NaN");
        List<String> lines = new ArrayList<>();
        long id = 1;
        for (String g : goodGoldstein) {
            String[] f = line(id++);
            f[30] = g;
            lines.add(String.join("\t", f));
        }
        for (String t : goodTone) {
            String[] f = line(id++);
            f[34] = t;
            lines.add(String.join("\t", f));
        }
        for (String g : badGoldstein) {
            String[] f = line(id++);
            f[30] = g;
            lines.add(String.join("\t", f));
        }
        for (String t : badTone) {
            String[] f = line(id++);
            f[34] = t;
            lines.add(String.join("\t", f));
        }
        Path file = dir.resolve("edge.export.CSV");
        Files.write(file, lines, StandardCharsets.UTF_8);

        long javaBad = 0;
        try (RawEventReader r = new RawEventReader(file.toString(), Files.newInputStream(file))) {
            while (r.hasNext()) {
                javaBad += r.next().malformed() ? 1 : 0;
            }
        }
        assertThat(javaBad).isEqualTo(badGoldstein.size() + badTone.size());

        Path countries = IndependentEventCount.testCountries(dir);
        AggregateSummary s = new DuckDbAggregation(new StoreSettings("1GB", 2, false)).aggregate(new AggregateRequest(
                List.of(file.toString()), PeriodGrain.MONTH, DyadFilter.ALL, false, false,
                AggregateRequest.OutputFormat.PARQUET, dir.resolve("out").toString(), List.of(countries)));
        assertThat(s.malformed()).isEqualTo(javaBad);
        assertThat(s.aggregated()).isEqualTo(goodGoldstein.size() + goodTone.size());
        List<List<Object>> series = IndependentEventCount.readSeries(dir.resolve("out"));
        // by hand: 1.5 - 10 + 10.000 + 0.5 + 5 + 3 + 0, plus 1.0 for each of the three tone lines
        assertThat(series.get(1).get(9)).isEqualTo(13.0);
        // tone: 1.5 for the seven Goldstein lines, blank, -3.5 and 123456.25: (7 * 1.5 - 3.5 + 123456.25) / 9
        assertThat((Double) series.get(1).get(13)).isEqualTo((7 * 1.5 - 3.5 + 123456.25) / 9);
    }

    @Test
    void recognisesLayoutsFromTheFirstLine() {
        assertThat(RawEventLayout.detect(String.join("\t", line(1))).origin()).isEqualTo("gdelt2");
        assertThat(RawEventLayout.detect(String.join("\t", Arrays.copyOf(line(1), 58))).origin()).isEqualTo("gdelt1");
        assertThat(RawEventLayout.detect(String.join("\t", Arrays.copyOf(line(1), 57))).columns()).isEqualTo(57);
        assertThat(RawEventLayout.detect(String.join("\t", RawEventLayout.ICEWS_COLUMNS)).origin()).isEqualTo("icews");
        assertThat(RawEventLayout.detect("a,b,c")).isNull();
        assertThat(RawEventLayout.gdeltColumns(61)).hasSize(61).element(60).isEqualTo("SOURCEURL");
        assertThat(RawEventLayout.gdeltColumns(58)).hasSize(58).element(30).isEqualTo("GoldsteinScale");
    }

    @Test
    void globsExpandAndATypoIsAnError() throws Exception {
        Files.writeString(dir.resolve("a.export.CSV"), "x");
        Files.writeString(dir.resolve("b.export.CSV"), "x");
        Files.writeString(dir.resolve("c.txt"), "x");
        assertThat(RawEventFiles.expand(List.of(dir + "/*.export.CSV")))
                .containsExactly(dir.resolve("a.export.CSV"), dir.resolve("b.export.CSV"));
        assertThatThrownBy(() -> RawEventFiles.expand(List.of(dir + "/*.zip"))).hasMessageContaining("no file matches");
        assertThatThrownBy(() -> RawEventFiles.expand(List.of(dir + "/missing.csv"))).hasMessageContaining("no such file");
    }
}
