package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.model.Case;
import org.entente.model.Party;
import org.entente.assess.Assessment;
import org.entente.assess.Assessor;
import org.entente.assess.Assumptions;
import org.entente.data.StoreData;
import org.entente.report.ReportBuilder;
import org.entente.report.data.ArmsFlows;
import org.entente.report.data.PairView;
import org.entente.report.data.YearSeries;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Store;
import org.entente.store.StoreSettings;
import org.entente.web.DashboardData;
import org.entente.web.DashboardServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue #13: every view shows the number {@code dyads} shows. For Russia–China 1989–2001 (the
 * built-in case) and USA–Japan 1996–2000 ({@code assess USA JPN --year 2000}), each yearly arms
 * flow (both ways), trade flow and CINC value is read from {@code assess --format json}, from the
 * report's chart data, from {@code /api/pair} and from {@code dyads}, and must agree, with the
 * classic register alone, with SIPRI's TIV tables added, and with the detailed register added.
 * Real data from {@code ../shared/data} (the test fails when it is missing).
 */
class ViewConsistencyTest {

    static final Path DATA = Path.of(System.getProperty("entente.shared", "../../shared"), "data");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Which SIPRI files are loaded beside the register, NMC and COW trade. */
    enum Arms { REGISTER, TIV_TABLES, DETAILED }

    record Pair(String a, String b, int ccodeA, int ccodeB, int from, int to) {
        String name() {
            return a + "-" + b;
        }
    }

    static final Pair RUS_CHN = new Pair("RUS", "CHN", 365, 710, 1989, 2001);
    static final Pair USA_JPN = new Pair("USA", "JPN", 2, 740, 1996, 2000);

    static Path dir;
    static Path base;

    @BeforeAll
    static void importBase() throws Exception {
        assertThat(DATA.resolve("sipri/trade-register-2025-03-13.csv")).as("../shared/data is needed").exists();
        dir = Files.createTempDirectory("entente-consistency-");
        base = dir.resolve("base.duckdb");
        CliRun r = CliRun.of("import", "--db", base.toString(),
                DATA.resolve("sipri/trade-register-2025-03-13.csv").toString(),
                DATA.resolve("cow/NMC-60-abridged.csv").toString(),
                DATA.resolve("cow/states2016.csv").toString(),
                DATA.resolve("cow/system2016.csv").toString(),
                DATA.resolve("cow/trade-dyadic-4.0-peacesciencer.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Path store(Arms arms) throws Exception {
        Path db = dir.resolve(arms.name().toLowerCase() + ".duckdb");
        Files.copy(base, db, StandardCopyOption.REPLACE_EXISTING);
        List<String> files = new ArrayList<>();
        if (arms == Arms.TIV_TABLES) {
            // the suppliers of the two pairs: the Soviet Union (to 1991) and Russia share COW code 365
            for (String s : List.of("USR", "RUS", "CHI", "USA", "JAP")) {
                files.add(DATA.resolve("sipri/tiv-exports-2022/TIV-Export-" + s + "-1950-2021.csv").toString());
            }
        }
        if (arms == Arms.DETAILED) {
            files.add(DATA.resolve("sipri/trade-register-detailed-2000-2030-2025-01-03.csv").toString());
        }
        if (!files.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("import", "--db", db.toString()));
            args.addAll(files);
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
        }
        return db;
    }

    /** One view's yearly values: series name ("arms RUS>CHN", "trade total", "cinc CHN") → year → value. */
    static final class Values {
        final Map<String, Map<Integer, Double>> series = new TreeMap<>();

        void put(String name, int year, Double v) {
            if (v != null) {
                series.computeIfAbsent(name, k -> new TreeMap<>()).put(year, v);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Arms.class)
    void everyViewShowsTheSameYearlyValues(Arms arms) throws Exception {
        Path db = store(arms);
        for (Pair p : List.of(RUS_CHN, USA_JPN)) {
            Values assess = assess(db, p);
            Values report = report(db, p);
            Values api = api(db, p);
            Values dyads = dyads(db, p);
            for (String name : List.of("arms " + p.a() + ">" + p.b(), "arms " + p.b() + ">" + p.a(),
                    "trade imports " + p.a(), "trade imports " + p.b(), "trade total", "cinc " + p.a(), "cinc " + p.b())) {
                // arms years without deliveries: dyads writes 0, the other views leave the year out
                boolean zeroIsAbsent = name.startsWith("arms");
                Map<Integer, Double> expected = clean(dyads.series.get(name), zeroIsAbsent);
                if (!name.equals("arms " + p.b() + ">" + p.a())) { // China and Japan delivered nothing back
                    assertThat(expected).as(p.name() + " " + name + " in dyads (" + arms + ")").isNotEmpty();
                }
                for (var view : Map.of("assess --format json", assess, "report chart data", report, "/api/pair", api)
                        .entrySet()) {
                    Map<Integer, Double> got = clean(view.getValue().series.get(name), zeroIsAbsent);
                    assertThat(got.keySet()).as(p.name() + " " + name + " years in " + view.getKey() + " (" + arms + ")")
                            .containsExactlyElementsOf(expected.keySet());
                    for (int y : expected.keySet()) {
                        assertThat(got.get(y)).as(p.name() + " " + name + " " + y + " in " + view.getKey() + " (" + arms + ")")
                                .isCloseTo(expected.get(y), within(1e-6 * Math.max(1, Math.abs(expected.get(y)))));
                    }
                }
            }
        }
        if (arms == Arms.TIV_TABLES) {
            // SIPRI's own table (TIV-Export-RUS-1950-2021.csv, row China, column 2000): 2231; the
            // register's even spread gave the report 2,928 before the views shared one rule
            assertThat(dyads(db, RUS_CHN).series.get("arms RUS>CHN").get(2000)).isEqualTo(2231.0);
            assertThat(report(db, RUS_CHN).series.get("arms RUS>CHN").get(2000)).isEqualTo(2231.0);
            assertThat(api(db, RUS_CHN).series.get("arms RUS>CHN").get(2000)).isEqualTo(2231.0);
            // TIV-Export-USA-1950-2021.csv, row Japan, columns 1996-2000: 815, 793, 1446, 1207, 448
            assertThat(assess(db, USA_JPN).series.get("arms USA>JPN")).containsExactlyEntriesOf(
                    new TreeMap<>(Map.of(1996, 815.0, 1997, 793.0, 1998, 1446.0, 1999, 1207.0, 2000, 448.0)));
        }
        registerFiguresAreLabelledEstimates(arms, db);
    }

    /** With the register alone the yearly values are its even spread, and every view says they are estimates. */
    void registerFiguresAreLabelledEstimates(Arms arms, Path db) throws Exception {
        JsonNode a = JSON.readTree(CliRun.of("assess", "--db", db.toString(), "--format", "json").out());
        String note = table(a, "deliveries").get("note").asText();
        // the category mix needs deal detail: with the TIV tables it still comes from the register's deals
        assertThat(table(a, "categories")).as("category mix (" + arms + ")").isNotNull();
        try (Store s = Store.open(db, StoreSettings.defaults().asReadOnly())) {
            PairView v = chartData(new StoreData(s), RUS_CHN);
            ArmsFlows.Result flow = v.armsAtoB();
            if (arms == Arms.TIV_TABLES) {
                assertThat(note).startsWith("Rule: SIPRI TIV export tables");
                assertThat(flow.estimated()).isFalse();
            } else {
                // 1989-2001 is covered by the register alone: the detailed export starts in 2000
                assertThat(note).startsWith("Estimates:");
                assertThat(flow.estimated()).isTrue();
                assertThat(flow.deliveries().basis()).contains("an estimate");
            }
        }
    }

    static Map<Integer, Double> clean(Map<Integer, Double> m, boolean dropZero) {
        Map<Integer, Double> out = new TreeMap<>();
        if (m != null) {
            m.forEach((y, v) -> {
                if (!(dropZero && v == 0)) {
                    out.put(y, v);
                }
            });
        }
        return out;
    }

    // ---- the four views

    static String[] assessArgs(Path db, Pair p) {
        return p == RUS_CHN ? new String[] {"assess", "--db", db.toString(), "--format", "json"}
                : new String[] {"assess", p.a(), p.b(), "--year", Integer.toString(p.to()), "--db", db.toString(),
                    "--format", "json"};
    }

    static JsonNode table(JsonNode assessment, String key) {
        for (JsonNode s : assessment.get("sections")) {
            for (JsonNode t : s.get("tables")) {
                if (key.equals(t.get("key").asText())) {
                    return t;
                }
            }
        }
        return null;
    }

    static Values assess(Path db, Pair p) throws Exception {
        CliRun r = CliRun.of(assessArgs(db, p));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out());
        Values v = new Values();
        for (String key : List.of("deliveries", "deliveries-back")) {
            JsonNode t = table(a, key);
            if (t == null) {
                continue;
            }
            // the title names the direction: "Deliveries RUS → CHN by year (...)"
            String title = t.get("title").asText();
            String name = title.contains(p.a() + " → " + p.b()) ? "arms " + p.a() + ">" + p.b() : "arms " + p.b() + ">" + p.a();
            for (JsonNode row : t.get("rows")) {
                v.put(name, row.get("cells").get(0).asInt(), Double.valueOf(row.get("cells").get(1).asText()));
            }
        }
        JsonNode trade = table(a, "trade-by-year");
        if (trade != null) {
            for (JsonNode row : trade.get("rows")) {
                int y = row.get("cells").get(0).asInt();
                v.put("trade imports " + p.a(), y, number(row.get("cells").get(1).asText()));
                v.put("trade imports " + p.b(), y, number(row.get("cells").get(2).asText()));
                v.put("trade total", y, number(row.get("cells").get(3).asText()));
            }
        }
        JsonNode cinc = table(a, "cinc-by-year");
        if (cinc != null) {
            for (JsonNode row : cinc.get("rows")) {
                int y = row.get("cells").get(0).asInt();
                v.put("cinc " + p.a(), y, number(row.get("cells").get(1).asText()));
                v.put("cinc " + p.b(), y, number(row.get("cells").get(2).asText()));
            }
        }
        return v;
    }

    static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }

    static PairView chartData(StoreData data, Pair p) {
        Case kase = p == RUS_CHN ? CaseReader.builtIn("russia-china-2001") : null;
        Assessor.Request req = new Assessor.Request(kase, kase == null ? new Party(p.ccodeA(), p.a(), p.a()) : null,
                kase == null ? new Party(p.ccodeB(), p.b(), p.b()) : null, p.to(), Assumptions.none());
        Assessment a = Assessor.assess(req, data);
        return ReportBuilder.chartData(a, kase, data);
    }

    static Values report(Path db, Pair p) throws Exception {
        try (Store s = Store.open(db, StoreSettings.defaults().asReadOnly())) {
            PairView view = chartData(new StoreData(s), p);
            Values v = new Values();
            fromSeries(v, "arms " + p.a() + ">" + p.b(), view.armsAtoB().deliveries(), p);
            fromSeries(v, "arms " + p.b() + ">" + p.a(), view.armsBtoA().deliveries(), p);
            fromSeries(v, "trade imports " + p.a(), view.trade().importsOfA(), p);
            fromSeries(v, "trade imports " + p.b(), view.trade().importsOfB(), p);
            fromSeries(v, "trade total", view.trade().total(), p);
            fromSeries(v, "cinc " + p.a(), view.cinc().get(0), p);
            fromSeries(v, "cinc " + p.b(), view.cinc().get(1), p);
            return v;
        }
    }

    /** The report's charts may span more years than the assessment (15 for a pair): compare the assessed ones. */
    static void fromSeries(Values v, String name, YearSeries s, Pair p) {
        for (YearSeries.Point pt : s.points()) {
            if (pt.year() >= p.from() && pt.year() <= p.to()) {
                v.put(name, pt.year(), pt.value());
            }
        }
    }

    static Values api(Path db, Pair p) throws Exception {
        try (Store s = Store.open(db, StoreSettings.defaults().asReadOnly());
                DashboardServer server = DashboardServer.start(new DashboardData(s, List.of()), "127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/pair?a=" + p.a() + "&b=" + p.b() + "&from=" + p.from() + "&to=" + p.to())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode pair = JSON.readTree(r.body()).get("pair");
            Values v = new Values();
            points(v, "arms " + p.a() + ">" + p.b(), pair.get("armsAtoB").get("deliveries"));
            points(v, "arms " + p.b() + ">" + p.a(), pair.get("armsBtoA").get("deliveries"));
            points(v, "trade imports " + p.a(), pair.get("trade").get("importsOfA"));
            points(v, "trade imports " + p.b(), pair.get("trade").get("importsOfB"));
            points(v, "trade total", pair.get("trade").get("total"));
            points(v, "cinc " + p.a(), pair.get("cinc").get(0));
            points(v, "cinc " + p.b(), pair.get("cinc").get(1));
            return v;
        }
    }

    static void points(Values v, String name, JsonNode series) {
        for (JsonNode pt : series.get("points")) {
            v.put(name, pt.get("year").asInt(), pt.get("value").asDouble());
        }
    }

    static Values dyads(Path db, Pair p) {
        CliRun r = CliRun.of("dyads", "--db", db.toString(), "--from", Integer.toString(p.from()), "--to",
                Integer.toString(p.to()), "--states", p.ccodeA() + "," + p.ccodeB(), "--with", "tiv,trade,cinc");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        List<String> head = List.of(lines[0].split(",", -1));
        Values v = new Values();
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            int c1 = Integer.parseInt(c[head.indexOf("ccode1")]);
            int c2 = Integer.parseInt(c[head.indexOf("ccode2")]);
            if (c1 != p.ccodeA() || c2 != p.ccodeB()) {
                continue;
            }
            int y = Integer.parseInt(c[head.indexOf("year")]);
            seen.add(y);
            v.put("arms " + p.a() + ">" + p.b(), y, cell(c, head, "tiv_1to2"));
            v.put("arms " + p.b() + ">" + p.a(), y, cell(c, head, "tiv_2to1"));
            Double ia = cell(c, head, "trade_imports1");
            Double ib = cell(c, head, "trade_imports2");
            v.put("trade imports " + p.a(), y, ia);
            v.put("trade imports " + p.b(), y, ib);
            v.put("trade total", y, ia == null || ib == null ? null : ia + ib);
            v.put("cinc " + p.a(), y, cell(c, head, "cinc1"));
            v.put("cinc " + p.b(), y, cell(c, head, "cinc2"));
        }
        assertThat(seen).as("dyads years of " + p.name()).hasSize(p.to() - p.from() + 1);
        return v;
    }

    static Double cell(String[] c, List<String> head, String column) {
        int i = head.indexOf(column);
        assertThat(i).as("dyads column " + column).isNotNegative();
        return c[i].isEmpty() ? null : Double.valueOf(c[i]);
    }
}
