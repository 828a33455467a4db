package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.measure.panel.SharedDataFixture;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The acceptance case of issue 4, tried as a user would: COW, ATOP and SIPRI loaded (by the
 * test fixture standing in for the importers), then {@code entente dyads} for Russia, China and
 * the United States, 1990-2001.
 */
class DyadsCommandTest {

    @TempDir static Path dir;
    static Path db;

    static final String[] ACCEPTANCE = {"--from", "1990", "--to", "2001", "--states", "365,710,2",
        "--with", "atop,cinc,contiguity,distance,trade,tiv,similarity,threat"};

    @BeforeAll
    static void load() throws Exception {
        db = dir.resolve("entente.duckdb");
        try (Store s = Store.open(db)) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), SharedDataFixture.dataDir());
            f.cow();
            f.atopDyads();
            f.tivTables();
        }
    }


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static String[] with(String first, String... more) {
        List<String> all = new ArrayList<>(List.of(first, "--db", db.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static List<Map<String, String>> csv(String text) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
            List<String> header = null;
            for (CsvRecord rec : r) {
                if (header == null) {
                    header = rec.getFields();
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), rec.getField(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Map<String, String> row(List<Map<String, String>> rows, int a, int b, int year) {
        return rows.stream().filter(r -> r.get("ccode1").equals("" + a) && r.get("ccode2").equals("" + b)
                && r.get("year").equals("" + year)).findFirst().orElseThrow(() -> new AssertionError(a + "-" + b + " " + year));
    }

    @Test
    void russiaChinaAsAResearcherWouldCheckIt() throws Exception {
        CliRun r = run(with("dyads", ACCEPTANCE));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("ccode1,ccode2,year,atop_defense,");
        List<Map<String, String>> rows = csv(r.out());
        assertThat(rows).hasSize(6 * 12); // three states, directed, 12 years
        for (int year = 1990; year <= 2001; year++) {
            Map<String, String> rc = row(rows, 365, 710, year);
            assertThat(rc.get("atop_nonagg")).as("nonagg " + year).isEqualTo(year >= 1992 ? "1" : "0");
            assertThat(rc.get("atop_consul")).as("consul " + year).isEqualTo(year >= 2001 ? "1" : "0");
            assertThat(rc.get("atop_defense")).isEqualTo("0");
            assertThat(rc.get("conttype")).isEqualTo("1");
            assertThat(rc.get("s_val")).isNotEmpty();
            assertThat(rc.get("threat1")).isNotEmpty();
        }
        // TIV from SIPRI's tables, generated 28 July 2022: TIV-Export-USR (Soviet Union) row China,
        // 1990 81 and 1991 260; TIV-Export-RUS row China, 1992-2001:
        int[] rusToChina = {81, 260, 1023, 1011, 72, 498, 1241, 732, 174, 1462, 2231, 2495};
        for (int year = 1990; year <= 2001; year++) {
            assertThat(Double.parseDouble(row(rows, 365, 710, year).get("tiv_1to2"))).as("RUS to CHN " + year)
                    .isEqualTo(rusToChina[year - 1990]);
            assertThat(Double.parseDouble(row(rows, 710, 365, year).get("tiv_2to1"))).isEqualTo(rusToChina[year - 1990]);
            // TIV-Export-CHI has no deliveries to Russia in these years
            assertThat(Double.parseDouble(row(rows, 365, 710, year).get("tiv_2to1"))).isZero();
        }
        // TIV-Export-USA row China: 1994 35, 1995 2, 1996 2, nothing else 1990-2001
        assertThat(Double.parseDouble(row(rows, 2, 710, 1994).get("tiv_1to2"))).isEqualTo(35);
        assertThat(Double.parseDouble(row(rows, 2, 710, 1996).get("tiv_1to2"))).isEqualTo(2);
        assertThat(Double.parseDouble(row(rows, 2, 710, 1997).get("tiv_1to2"))).isZero();
        // COW trade, row 365,710,1990: flow1 2253 (Russian imports from China), flow2 2213
        Map<String, String> t = row(rows, 365, 710, 1990);
        assertThat(Double.parseDouble(t.get("trade_imports1"))).isEqualTo(2253);
        assertThat(Double.parseDouble(t.get("trade_imports2"))).isEqualTo(2213);
        assertThat(Double.parseDouble(row(rows, 710, 365, 1990).get("trade_imports1"))).isEqualTo(2213);
        // Moscow to Beijing, great circle: about 5,800 km
        assertThat(Double.parseDouble(t.get("capdist_km"))).isBetween(5700.0, 5850.0);
        // contdir 3.2 codes the United States and Russia type 2 from 1959: the Bering Strait
        assertThat(row(rows, 2, 365, 1995).get("conttype")).isEqualTo("2");
    }

    @Test
    void parquetOpensInDuckDbAndJsonIsAnArray() throws Exception {
        Path parquet = dir.resolve("rc.parquet");
        CliRun r = run(with("dyads", ACCEPTANCE));
        CliRun p = run(with("dyads", concat(ACCEPTANCE, "--out", parquet.toString())));
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).contains("72 dyad-years written");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), sum(atop_nonagg) FILTER (WHERE ccode1 + ccode2 = 1075), typeof(any_value(atop_nonagg)),"
                        + " typeof(any_value(s_val)), typeof(any_value(ccode1)) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(72);
            assertThat(rs.getLong(2)).isEqualTo(2 * 10); // Russia-China both ways, 1992-2001
            assertThat(rs.getString(3)).isEqualTo("INTEGER");
            assertThat(rs.getString(4)).isEqualTo("DOUBLE");
            assertThat(rs.getString(5)).isEqualTo("INTEGER");
        }
        Path json = dir.resolve("rc.json");
        CliRun j = run(with("dyads", concat(ACCEPTANCE, "--out", json.toString())));
        assertThat(j.code()).as(j.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(Files.readString(json));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(72);
        assertThat(array.get(0).get("ccode1").asInt()).isEqualTo(2);
        Path csvFile = dir.resolve("rc.csv");
        run(with("dyads", concat(ACCEPTANCE, "--out", csvFile.toString())));
        assertThat(Files.readString(csvFile)).isEqualTo(r.out());
    }

    @Test
    void undirectedHasOneRowPerPair() throws Exception {
        CliRun r = run(with("dyads", "--undirected", "--from", "1995", "--to", "1995", "--states", "365,710,2",
                "--with", "atop"));
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        assertThat(rows).extracting(m -> m.get("ccode1") + "-" + m.get("ccode2"))
                .containsExactly("2-365", "2-710", "365-710");
    }

    @Test
    void yearsBeyondCoverageAreEmpty() throws Exception {
        // ATOP 5.1 ends 2018, COW trade 2014, contiguity 2016, NMC 2016, membership 2016
        CliRun r = run(with("dyads", "--from", "2013", "--to", "2016", "--states", "365,710",
                "--with", "atop,trade,contiguity"));
        List<Map<String, String>> rows = csv(r.out());
        assertThat(row(rows, 365, 710, 2014).get("trade_imports1")).isNotEmpty();
        assertThat(row(rows, 365, 710, 2015).get("trade_imports1")).isEmpty();
        assertThat(row(rows, 365, 710, 2016).get("conttype")).isEqualTo("1");
        assertThat(row(rows, 365, 710, 2016).get("atop_consul")).isEqualTo("1");
    }

    @Test
    void describePrintsColumnsUnitsDatasetsAndCitations() {
        CliRun r = run(with("dyads", "--with", "atop,cinc,trade,tiv,similarity,threat", "--describe"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("atop_nonagg", "s_val_wt", "tau_b", "threat1", "trade_asymmetry", "tiv_1to2",
                "current million US$", "TIV, million 1990 US$")
                .contains("atop5_1ddyr-peacesciencer.csv", "version 5.1", "years covered: 1815-2018")
                .contains("Leeds, Brett Ashley").contains("NMC-60-abridged.csv", "version 6.0")
                .contains("134 files (sipri-tiv, generated 2022-07-28)")
                .contains("SIPRI Arms Transfers Database");
    }

    @Test
    void usageErrorsExitTwoAndMissingDataExitsOne() {
        assertThat(run(with("dyads", "--with", "atop,nonsense")).code()).isEqualTo(2);
        assertThat(run(with("dyads", "--states", "365,RUS")).code()).isEqualTo(2);
        assertThat(run(with("dyads", "--out", dir.resolve("x.txt").toString())).code()).isEqualTo(2);
        assertThat(run(with("dyads", "--from", "2000", "--to", "1990")).code()).isEqualTo(2);
        CliRun missing = run(with("dyads", "--from", "2000", "--to", "2000", "--with", "cow-alliance"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no COW Formal Alliances data is loaded");
        CliRun version = run(with("states", "--with", "cinc", "--nmc-version", "9.9"));
        assertThat(version.code()).isEqualTo(1);
        assertThat(version.err()).contains("no NMC version 9.9");
    }

    @Test
    void statesCommand() throws Exception {
        CliRun r = run(with("states", "--from", "2001", "--to", "2001", "--states", "365,710", "--with", "cinc,major,tiv"));
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        assertThat(rows).hasSize(2);
        Map<String, String> rus = rows.stream().filter(m -> m.get("ccode").equals("365")).findFirst().orElseThrow();
        assertThat(rus.get("major")).isEqualTo("1");
        assertThat(Double.parseDouble(rus.get("cinc"))).isCloseTo(Double.parseDouble(rus.get("cinc_published")),
                within(5e-8));
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
