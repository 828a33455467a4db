package org.entente.measure.panel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.source.CountryResolver;
import org.entente.store.Store;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Test-only loader of the real files in {@code ../shared/data} into the store's tables.
 *
 * <p>It stands in for the importers (COW, ATOP, SIPRI), which are written on other branches and
 * fill the same tables and columns: DuckDB's {@code read_csv} straight into each table, one
 * {@code dataset} row per file with its SHA-256, version and citation. It does none of the
 * importers' checking, and only what the panel tests and the benchmark need. Its {@code main}
 * fills a store file for {@code bench/dyads-bench.sh}.
 */
public final class SharedDataFixture {

    private final Connection c;
    private final Path data;

    public SharedDataFixture(Connection c, Path data) {
        this.c = c;
        this.data = data;
    }

    /** {@code ../shared/data}, as surefire passes it; skips the test if the folder is absent. */
    public static Path dataDir() {
        String shared = System.getProperty("entente.shared", "../shared");
        Path data = Path.of(shared, "data");
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data);
        return data;
    }

    static final String COW = "Correlates of War Project.";
    static final String CITE_STATES = "Correlates of War Project. 2017. State System Membership List, v2016."
            + " http://correlatesofwar.org";
    static final String CITE_NMC = "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. Capability Distribution,"
            + " Uncertainty, and Major Power War, 1820-1965; Singer, J. David. 1987. Reconstructing the Correlates of"
            + " War Dataset on Material Capabilities of States, 1816-1985. International Interactions 14: 115-32."
            + " National Material Capabilities ";
    static final String CITE_CONTIGUITY = "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and"
            + " Charles Gochman. 2002. The Correlates of War Project Direct Contiguity Data, Version 3.0. Conflict"
            + " Management and Peace Science 19(2): 58-66.";
    static final String CITE_TRADE = "Barbieri, Katherine, and Omar M. G. Keshk. 2016. Correlates of War Project"
            + " Trade Data Set Codebook, Version 4.0. http://correlatesofwar.org";
    static final String CITE_ATOP = "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G."
            + " Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28:"
            + " 237-260.";
    static final String CITE_SIPRI = "SIPRI Arms Transfers Database, 28 July 2022,"
            + " https://www.sipri.org/databases/armstransfers";

    /** COW: states, system, majors, NMC v6, contiguity, capitals, trade. */
    public SharedDataFixture cow() throws Exception {
        states();
        system();
        majors();
        nmc6();
        contiguity();
        capitals();
        trade();
        return this;
    }

    public int states() throws Exception {
        Path f = data.resolve("cow/states2016.csv");
        int id = dataset("cow-states", f, "2016", CITE_STATES);
        exec("INSERT INTO state_spell SELECT " + id + ", ccode, stateabb, statenme, make_date(styear, stmonth, stday),"
                + " make_date(endyear, endmonth, endday), version::VARCHAR FROM read_csv(" + q(f) + ")");
        return id;
    }

    public int system() throws Exception {
        Path f = data.resolve("cow/system2016.csv");
        int id = dataset("cow-system", f, "2016", CITE_STATES);
        exec("INSERT INTO state_year SELECT " + id + ", ccode, stateabb, year, version::VARCHAR FROM read_csv(" + q(f) + ")");
        return id;
    }

    public int majors() throws Exception {
        Path f = data.resolve("cow/majors2016.csv");
        int id = dataset("cow-majors", f, "2016", CITE_STATES);
        exec("INSERT INTO major_power SELECT " + id + ", ccode, stateabb, make_date(styear, stmonth, stday),"
                + " make_date(endyear, endmonth, endday), version::VARCHAR FROM read_csv(" + q(f) + ")");
        return id;
    }

    /** NMC v6.0, official abridged layout; -9 means missing. */
    public int nmc6() throws Exception {
        Path f = data.resolve("cow/NMC-60-abridged.csv");
        int id = dataset("cow-nmc", f, "6.0", CITE_NMC + "v6.0.");
        exec("INSERT INTO capability SELECT " + id + ", ccode, year, nullif(milex, -9), nullif(milper, -9),"
                + " nullif(irst, -9), nullif(pec, -9), nullif(tpop, -9), nullif(upop, -9), nullif(cinc, -9), '6.0'"
                + " FROM read_csv(" + q(f) + ")");
        return id;
    }

    /** NMC v7.0 as peacesciencer ships it; missing is empty. */
    public int nmc7() throws Exception {
        Path f = data.resolve("cow/nmc-7.0-peacesciencer.csv");
        int id = dataset("cow-nmc", f, "7.0", CITE_NMC + "v7.0.");
        exec("INSERT INTO capability SELECT " + id + ", ccode, year, milex, milper, irst, pec, tpop, upop, cinc, '7.0'"
                + " FROM read_csv(" + q(f) + ")");
        return id;
    }

    public int contiguity() throws Exception {
        Path f = data.resolve("cow/contdir-3.2-peacesciencer.csv");
        int id = dataset("cow-contiguity", f, "3.2", CITE_CONTIGUITY);
        exec("INSERT INTO contiguity SELECT " + id + ", ccode1, ccode2, conttype, stdate, enddate, '3.2'"
                + " FROM read_csv(" + q(f) + ")");
        return id;
    }

    public int capitals() throws Exception {
        Path f = data.resolve("cow/capitals-peacesciencer.csv");
        int id = dataset("capitals", f, null, "Capitals with coordinates, as distributed with the R package"
                + " peacesciencer (Miller 2022, Conflict Management and Peace Science).");
        exec("INSERT INTO capital SELECT " + id + ", ccode, capital, stdate, enddate, lat, lng FROM read_csv(" + q(f) + ")");
        return id;
    }

    public int trade() throws Exception {
        Path f = data.resolve("cow/trade-dyadic-4.0-peacesciencer.csv");
        int id = dataset("cow-trade", f, "4.0", CITE_TRADE);
        exec("INSERT INTO trade_flow SELECT " + id + ", ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2,"
                + " '4.0' FROM read_csv(" + q(f) + ")");
        return id;
    }

    /** The ATOP 5.1 directed dyad-year file (peacesciencer's layout). */
    public int atopDyads() throws Exception {
        Path f = data.resolve("atop/atop5_1ddyr-peacesciencer.csv");
        int id = dataset("atop-ddyr", f, "5.1", CITE_ATOP);
        exec("INSERT INTO atop_dyad_year SELECT " + id + ", ccode1, ccode2, year, atop_defense > 0, atop_offense > 0,"
                + " atop_neutral > 0, atop_nonagg > 0, atop_consul > 0 FROM read_csv(" + q(f) + ")");
        return id;
    }

    /** The ATOP 5.1 member-level file. */
    public int atopMembers() throws Exception {
        Path f = data.resolve("atop/atop5_1m.csv");
        int id = dataset("atop-members", f, "5.1", CITE_ATOP);
        exec("INSERT INTO atop_member SELECT " + id + ", atopid, member, phase, yrent, moent, dayent, yrexit, moexit,"
                + " dayexit, defense > 0, offense > 0, neutral > 0, nonagg > 0, consul > 0, version::VARCHAR"
                + " FROM read_csv(" + q(f) + ")");
        return id;
    }

    /**
     * Every SIPRI TIV export table: 10 preamble lines, a header of years, a row per recipient,
     * a closing Total row; blank = no deliveries. The supplier is named in the title line.
     */
    public int tivTables() throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(data.resolve("sipri/tiv-exports-2022"), "*.csv")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        int rows = 0;
        for (Path f : files) {
            rows += tivTable(f);
        }
        return rows;
    }

    public int tivTable(Path f) throws Exception {
        int id = dataset("sipri-tiv-exports", f, null, CITE_SIPRI);
        exec("UPDATE dataset SET generated = '28 July 2022' WHERE id = " + id);
        int rows = 0;
        try (InputStream in = Files.newInputStream(f);
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.NONE)
                        .allowExtraFields(true).allowMissingFields(true)
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                DuckDBAppender out = c.unwrap(DuckDBConnection.class).createAppender("tiv_flow")) {
            String supplier = null;
            int[] years = null;
            for (CsvRecord r : csv) {
                String first = r.getField(0).strip();
                if (supplier == null && first.startsWith("TIV of arms exports from ")) {
                    supplier = first.substring("TIV of arms exports from ".length(), first.lastIndexOf(','));
                    continue;
                }
                if (years == null) {
                    if (first.isEmpty() && r.getFieldCount() > 1 && r.getField(1).strip().matches("\\d{4}")) {
                        years = new int[r.getFieldCount()];
                        for (int i = 1; i < r.getFieldCount(); i++) {
                            String h = r.getField(i).strip();
                            years[i] = h.matches("\\d{4}") ? Integer.parseInt(h) : -1;
                        }
                    }
                    continue;
                }
                if (first.isEmpty() || first.equals("Total")) {
                    continue;
                }
                Integer recipient = ccode(first);
                Integer supplierCode = ccode(supplier);
                for (int i = 1; i < Math.min(years.length, r.getFieldCount()); i++) {
                    String v = r.getField(i).strip();
                    if (years[i] < 0 || v.isEmpty()) {
                        continue;
                    }
                    out.beginRow();
                    out.append(id);
                    out.append((int) r.getStartingLineNumber());
                    out.append(supplier);
                    out.append(supplierCode);
                    out.append(first);
                    out.append(recipient);
                    out.append(years[i]);
                    out.append(Double.parseDouble(v));
                    out.endRow();
                    rows++;
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> sipriNames;

    /**
     * SIPRI's English names to COW codes: the COW names Entente ships, then a test-only list of
     * SIPRI spellings (src/test/resources/.../sipri-names-fixture.csv) until the SIPRI importer's
     * mapping is merged. Null for names that are not states (organisations, rebels, unknown).
     */
    static synchronized Integer ccode(String name) throws IOException {
        if (sipriNames == null) {
            Map<String, Integer> m = new HashMap<>();
            try (InputStream in = SharedDataFixture.class.getResourceAsStream("sipri-names-fixture.csv");
                    CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                            .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CsvRecord r : csv) {
                    if (!r.getField(0).equals("name")) {
                        m.put(r.getField(0).toLowerCase(Locale.ROOT), r.getField(1).isBlank() ? null
                                : Integer.valueOf(r.getField(1)));
                    }
                }
            }
            sipriNames = m;
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (sipriNames.containsKey(key)) {
            return sipriNames.get(key);
        }
        return CountryResolver.shared().resolveName(name).ccode();
    }

    /** Names in the loaded TIV tables that resolved to no state, for checking the fixture mapping. */
    TreeSet<String> unresolvedTivNames() throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT recipient FROM tiv_flow WHERE recipient_ccode IS NULL"
                        + " UNION SELECT DISTINCT supplier FROM tiv_flow WHERE supplier_ccode IS NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    int dataset(String kind, Path file, String version, String citation) throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (kind, file_name, sha256, version, citation)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, kind);
            ps.setString(2, file.getFileName().toString());
            ps.setString(3, sha256(file));
            ps.setString(4, version);
            ps.setString(5, citation);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String q(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fills a store file for the benchmark: {@code SharedDataFixture STORE DATA_DIR}. Loads COW
     * (NMC v6), the ATOP directed dyad-years and the SIPRI TIV tables.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SharedDataFixture STORE.duckdb SHARED_DATA_DIR");
            System.exit(2);
        }
        try (Store s = Store.open(Path.of(args[0]))) {
            SharedDataFixture f = new SharedDataFixture(s.connection(), Path.of(args[1]));
            f.cow();
            f.atopDyads();
            f.tivTables();
        }
    }
}
