package org.entente.measure.events;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.source.CountryResolver;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Monthly dyad counts computed the plain way, as a check on both engines: FastCSV or a split on
 * tabs, fields looked up by the names in GDELT's and ICEWS's code books, BigDecimal sums, a HashSet
 * for duplicate ids, {@link CountryResolver#resolve} for the countries. It shares no code with the
 * engines' readers, rules or SQL. Inputs must be well-formed (duplicates allowed).
 */
public final class IndependentEventCount {

    /** One expected series row; sums are exact. */
    public static final class Cell {
        public long events, verbalCoop, materialCoop, verbalConflict, materialConflict, mentions, toneEvents;
        public BigDecimal goldstein = BigDecimal.ZERO, goldsteinTimesMentions = BigDecimal.ZERO, tone = BigDecimal.ZERO;
        public boolean hasMentions;

        public double goldsteinMean() {
            return goldstein.divide(BigDecimal.valueOf(events), MathContext.DECIMAL64).doubleValue();
        }
    }

    public long lines, duplicates, unresolved, domestic, aggregated;
    public final Map<String, Cell> cells = new TreeMap<>();

    /** Key of a cell: {@code origin|source|target|YYYY-MM}. */
    public static String key(String origin, int source, int target, String month) {
        return origin + "|" + source + "|" + target + "|" + month;
    }

    public static IndependentEventCount of(List<Path> files, CountryResolver countries) throws IOException {
        IndependentEventCount c = new IndependentEventCount();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            String first;
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                first = r.readLine();
            }
            if (first.startsWith("Event ID")) {
                c.icews(f, countries, seen);
            } else if (first.startsWith("\"GLOBALEVENTID\"")) {
                c.gdeltCsv(f, countries, seen);
            } else {
                c.gdeltTab(f, countries, seen);
            }
        }
        return c;
    }

    private void gdeltCsv(Path f, CountryResolver countries, Set<String> seen) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(r)) {
            for (NamedCsvRecord rec : csv) {
                add("gdelt1", rec.getField("GLOBALEVENTID"), rec.getField("SQLDATE"), rec.getField("Actor1CountryCode"),
                        rec.getField("Actor2CountryCode"), Integer.parseInt(rec.getField("QuadClass")),
                        rec.getField("GoldsteinScale"), rec.getField("NumMentions"), rec.getField("AvgTone"), "cameo",
                        countries, seen);
            }
        }
    }

    private void gdeltTab(Path f, CountryResolver countries, Set<String> seen) throws IOException {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] v = line.split("\t", -1);
            // GDELT code book: 0 GLOBALEVENTID, 1 SQLDATE, 7 Actor1CountryCode, 17 Actor2CountryCode,
            // 29 QuadClass, 30 GoldsteinScale, 31 NumMentions, 34 AvgTone
            add(v.length == 61 ? "gdelt2" : "gdelt1", v[0], v[1], v[7], v[17], Integer.parseInt(v[29]), v[30], v[31],
                    v[34], "cameo", countries, seen);
        }
    }

    private void icews(Path f, CountryResolver countries, Set<String> seen) throws IOException {
        List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String> header = List.of(all.get(0).split("\t", -1));
        for (String line : all.subList(1, all.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] v = line.split("\t", -1);
            String cameo = v[header.indexOf("CAMEO Code")];
            int root = Integer.parseInt(cameo.substring(0, 2));
            // CAMEO root to QuadClass as GDELT's files assign it (checked on the Georgia samples by
            // QuadClassTest): 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, 15-20 material conflict
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            add("icews", v[header.indexOf("Event ID")], v[header.indexOf("Event Date")].replace("-", ""),
                    v[header.indexOf("Source Country")], v[header.indexOf("Target Country")], quad,
                    v[header.indexOf("Intensity")], null, null, "name", countries, seen);
        }
    }

    private void add(String origin, String id, String yyyymmdd, String a1, String a2, int quad, String goldstein,
            String mentions, String tone, String scheme, CountryResolver countries, Set<String> seen) {
        lines++;
        if (!seen.add(origin + ":" + id)) {
            duplicates++;
            return;
        }
        Integer s = state(countries, scheme, a1);
        Integer t = state(countries, scheme, a2);
        if (s == null || t == null) {
            unresolved++;
            return;
        }
        if (s.equals(t)) {
            domestic++;
            return;
        }
        aggregated++;
        String month = yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6);
        Cell c = cells.computeIfAbsent(key(origin, s, t, month), k -> new Cell());
        c.events++;
        switch (quad) {
            case 1 -> c.verbalCoop++;
            case 2 -> c.materialCoop++;
            case 3 -> c.verbalConflict++;
            default -> c.materialConflict++;
        }
        BigDecimal g = new BigDecimal(goldstein);
        c.goldstein = c.goldstein.add(g);
        if (mentions != null) {
            c.hasMentions = true;
            long m = Long.parseLong(mentions);
            c.mentions += m;
            c.goldsteinTimesMentions = c.goldsteinTimesMentions.add(g.multiply(BigDecimal.valueOf(m)));
        }
        if (tone != null && !tone.isEmpty() && !tone.equals("NA")) {
            c.tone = c.tone.add(new BigDecimal(tone));
            c.toneEvents++;
        }
    }

    private static Integer state(CountryResolver countries, String scheme, String code) {
        if (code == null || code.isEmpty() || code.equals("NA")) {
            return null;
        }
        CountryResolver.Resolution r = countries.resolve(scheme, code);
        return r.isState() ? r.ccode() : null;
    }

    /** All rows of a series directory (Parquet or CSV), as DuckDB reads them, in the published order. */
    public static List<List<Object>> readSeries(Path outDir) throws Exception {
        Path dir = outDir.resolve(AggregateRequest.SERIES_DIR);
        boolean csv;
        try (var s = Files.list(dir)) {
            csv = s.anyMatch(p -> p.toString().endsWith(".csv"));
        }
        String from = csv ? "read_csv('" + dir + "/*.csv', header = true)" : "read_parquet('" + dir + "/*.parquet')";
        List<List<Object>> rows = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT * FROM " + from + " ORDER BY origin, source_ccode, target_ccode, period")) {
            int n = rs.getMetaData().getColumnCount();
            List<Object> header = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                header.add(rs.getMetaData().getColumnName(i));
            }
            rows.add(header);
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The test mapping (a few CAMEO codes and ICEWS names, regions as non-states), copied into {@code dir}. */
    public static Path testCountries(Path dir) throws IOException {
        Path p = dir.resolve("test-countries.csv");
        try (var in = IndependentEventCount.class.getResourceAsStream("test-countries.csv")) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** {@code shared/data/events}, where CI and every developer machine have it. */
    public static Path samples() {
        return Path.of(System.getProperty("entente.shared", "../../shared"), "data", "events");
    }

    public static List<Path> realSamples() {
        Path d = samples();
        return List.of(d.resolve("gdelt1-georgia-apr2012.csv"), d.resolve("gdelt1-georgia-mar2012.csv"),
                d.resolve("gdelt1-georgia-may2012.csv"), d.resolve("icews-events-2018-sample.tab"));
    }
}
