package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.store.Store;
import org.entente.store.StoreSettings;
import org.entente.web.DashboardData;
import org.entente.web.DashboardServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage as a fact (issue #13): a request outside every loaded year is a usage error naming the
 * covered years (exit 2, or 400 from the API); a request partly outside runs and lists what is
 * missing; and "not loaded", "outside the years it covers" and "loaded, no rows for this pair" are
 * three different messages. The store is filled by hand: COW membership and NMC for 1990-2000,
 * a SIPRI register with one Russia-China deal only.
 */
class CoverageCommandTest {

    static Path dir;
    static String db;

    @BeforeAll
    static void fill() throws Exception {
        dir = Files.createTempDirectory("entente-coverage-");
        db = dir.resolve("store.duckdb").toString();
        try (Store s = Store.open(Path.of(db))) {
            s.execute("""
                    INSERT INTO dataset (id, kind, file_name, sha256, rows, version, generated, citation) VALUES
                    (1, 'cow-system', 'system2016.csv', 'a', 44, '2016', NULL, 'COW State System Membership (v2016)'),
                    (2, 'cow-nmc', 'NMC-60-abridged.csv', 'b', 22, 'v6.0', NULL, 'COW NMC v6.0'),
                    (3, 'sipri-register', 'trade-register-2025-03-13.csv', 'c', 1, NULL, '2025-03-13',
                     'SIPRI Arms Transfers Database, 13 March 2025')""");
            StringBuilder rows = new StringBuilder();
            for (int y = 1990; y <= 2000; y++) {
                for (String c : new String[] {"2, 'USA'", "740, 'JPN'", "365, 'RUS'", "710, 'CHN'"}) {
                    rows.append(rows.isEmpty() ? "" : ", ").append("(1, ").append(c).append(", ").append(y).append(")");
                }
            }
            s.execute("INSERT INTO state_year (dataset_id, ccode, stateabb, year) VALUES " + rows);
            s.execute("INSERT INTO capability (dataset_id, ccode, year, cinc) SELECT 2, ccode, year, 0.1 FROM state_year"
                    + " WHERE ccode IN (2, 740)");
            s.execute("""
                    INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                        description, delivery_years, tiv_delivered) VALUES
                    (3, 12, 'Russia', 365, 'China', 710, 'FGA aircraft', [1992, 1993], 100)""");
        }
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void yearsOutsideEverythingLoadedAreAUsageErrorNamingTheCoveredYears() {
        for (String year : List.of("2050", "1700")) {
            CliRun r = CliRun.of("assess", "USA", "JPN", "--year", year, "--db", db);
            assertThat(r.code()).as(r.out()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("outside the years the loaded data cover, 1990–2000")
                    .contains("COW capabilities (NMC) 1990–2000").contains("SIPRI arms transfers 1992–1993");
        }
        CliRun report = CliRun.of("report", "USA", "JPN", "--year", "2050", "--db", db, "--out", dir.toString());
        assertThat(report.code()).isEqualTo(2);
        assertThat(report.err()).contains("1990–2000");
        for (String command : List.of("dyads", "states")) {
            CliRun r = CliRun.of(command, "--from", "2030", "--to", "2040", "--db", db);
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).contains("2030–2040 is outside the years COW state system covers, 1990–2000");
        }
    }

    @Test
    void theDatasetListNamesTheYearsEachDatasetCovers() {
        CliRun r = CliRun.of("datasets", "--db", db, "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).endsWith(",sha256,first_year,last_year");
        // the register's one deal was delivered in 1992 and 1993
        assertThat(r.out()).containsPattern("(?m)^3,sipri-register,trade-register-2025-03-13.csv,1,.*,1992,1993$");
        CliRun sql = CliRun.of("sql", "--db", db, "--format", "json", "SELECT 2 AS n, [1, 2] AS l, 'x' AS s");
        assertThat(sql.code()).as(sql.err()).isZero();
        assertThat(sql.out().replaceAll("\\s+", "")).isEqualTo("[{\"n\":2,\"l\":\"[1,2]\",\"s\":\"x\"}]");
    }

    @Test
    void aSpanPartlyOutsideRunsAndListsWhatIsMissing() {
        CliRun r = CliRun.of("assess", "USA", "JPN", "--year", "2002", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Missing: COW capabilities (NMC) covers 1990–2000: 2001–2002 missing");
        CliRun d = CliRun.of("dyads", "--from", "1999", "--to", "2002", "--states", "2,740", "--db", db,
                "--release-date", "2025-12-31");
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out().lines().skip(1)).hasSize(4); // 1999 and 2000, both directions
    }

    @Test
    void notLoadedOutsideAndNoRowsAreThreeMessages() {
        CliRun run = CliRun.of("assess", "USA", "JPN", "--year", "2000", "--db", db);
        assertThat(run.code()).as(run.err()).isZero();
        CliRun r = new CliRun(0, run.out().replaceAll("\\s+", " "), ""); // the text renderer wraps lines
        // ATOP: not loaded, with what it would add and its publisher's page
        assertThat(r.out()).contains("ATOP alliances is not loaded: it would add").contains("http://www.atopdata.org/");
        // SIPRI: loaded, covering 1992-1993 only: 1996-2000 is outside its years
        assertThat(r.out()).contains("SIPRI arms transfers is loaded but covers 1992–1993; 1996–2000 is outside");
        // the same store, a span SIPRI covers in part, a pair it has no rows for
        CliRun one = CliRun.of("assess", "USA", "JPN", "--year", "1993", "--db", db);
        CliRun c = new CliRun(0, one.out().replaceAll("\\s+", " "), "");
        // (inside SIPRI's years no delivery is a delivery of 0, as dyads writes it; the API's empty chart says "no rows")
        assertThat(c.out()).contains("Deliveries USA → JPN, 1989–1993: 0 TIV million")
                .contains("Missing: SIPRI arms transfers covers 1992–1993: 1989–1991 missing");
        assertThat(r.out() + c.out()).doesNotContain("SIPRI arms transfers is not loaded");
    }

    @Test
    void theApiAnswers400OutsideAndSaysWhyASeriesIsEmpty() throws Exception {
        try (Store s = Store.open(Path.of(db), StoreSettings.defaults().asReadOnly());
                DashboardServer server = DashboardServer.start(new DashboardData(s, List.of()), "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/api/pair?a=USA&b=JPN";
            HttpResponse<String> out = http.send(HttpRequest.newBuilder(URI.create(base + "&from=2040&to=2050")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(out.statusCode()).isEqualTo(400);
            assertThat(out.body()).contains("outside the years the loaded data cover, 1990–2000");
            HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "&from=1990&to=1995")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(in.statusCode()).isEqualTo(200);
            assertThat(in.body()).contains("SIPRI arms transfers is loaded (1992–1993) but has no rows for USA–JPN in 1990–1995")
                    .contains("COW dyadic trade is not loaded");
        }
    }
}
