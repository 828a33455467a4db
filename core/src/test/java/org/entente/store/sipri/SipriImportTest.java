package org.entente.store.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.sipri.SipriFiles.figure;
import static org.entente.store.sipri.SipriFiles.join;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.source.CountryResolver;
import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real SIPRI files: every file imported once into one store, then the tables
 * compared with the files as read line by line in {@link SipriFiles}.
 */
class SipriImportTest {

    static Store store;
    static ImportOutcome register;
    static ImportOutcome detailed;
    static List<ImportOutcome> tiv = new ArrayList<>();

    @BeforeAll
    static void importAll() throws Exception {
        SipriFiles.dir();
        store = Store.inMemory();
        Importer importer = new Importer(store);
        register = importer.importFile(SipriFiles.register(), null);
        detailed = importer.importFile(SipriFiles.detailed(), null);
        for (Path table : SipriFiles.tivTables()) {
            tiv.add(importer.importFile(table, null));
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (store != null) {
            store.close();
        }
    }

    static long count(String sql) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void theRegisterIsRecognisedAndEveryDealLoaded() throws SQLException {
        List<SipriFiles.Line> lines = SipriFiles.dataLines(SipriFiles.register(), "Recipient,Supplier,Year of order");
        // Every deal starts with its recipient; a line starting with a comma continues the
        // previous deal's comment (a line break SIPRI left unquoted).
        long continuations = lines.stream().filter(l -> l.text().startsWith(",")).count();
        long deals = lines.size() - continuations;
        assertThat(lines).hasSize(29_519);   // the data lines the shared README counts as deals
        assertThat(continuations).isEqualTo(4);
        assertThat(register.kind()).isEqualTo("sipri-register");
        assertThat(register.rows()).isEqualTo(deals).isEqualTo(29_515);
        assertThat(count("SELECT count(*) FROM arms_deal WHERE dataset_id = " + register.datasetId())).isEqualTo(deals);
        assertThat(strings("SELECT generated || ' / ' || citation FROM dataset WHERE id = " + register.datasetId()))
                .containsExactly("2025-03-13 / SIPRI Arms Transfers Database, 13 Mar 2025, "
                        + "https://www.sipri.org/databases/armstransfers");
    }

    @Test
    void russiaAndTheSovietUnionToChinaAreAsInTheFile() throws SQLException {
        // the deals picked out of the file by plain line filtering
        List<String> expected = new ArrayList<>();
        for (SipriFiles.Line l : SipriFiles.dataLines(SipriFiles.register(), "Recipient,Supplier,Year of order")) {
            if (l.text().startsWith("China,Russia,") || l.text().startsWith("China,Soviet Union,")) {
                String[] c = l.cells();
                assertThat(c).as("line " + l.number()).hasSize(16);
                expected.add(join("" + l.number(), c[1], c[2], c[6], figure(c[13]), figure(c[14]), figure(c[15])));
            }
        }
        assertThat(expected).hasSizeGreaterThan(150);
        // the deals the store holds for COW 365 -> 710, which must be exactly those
        List<String> actual = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT line, supplier, order_year, designation, tiv_unit, tiv_total_order,"
                        + " tiv_delivered FROM arms_deal WHERE dataset_id = " + register.datasetId()
                        + " AND supplier_ccode = 365 AND recipient_ccode = 710 ORDER BY line")) {
            while (rs.next()) {
                actual.add(join("" + rs.getInt(1), rs.getString(2), "" + rs.getInt(3), rs.getString(4),
                        figure((Double) rs.getObject(5)), figure((Double) rs.getObject(6)), figure((Double) rs.getObject(7))));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(strings("SELECT DISTINCT supplier FROM arms_deal WHERE dataset_id = " + register.datasetId()
                + " AND supplier_ccode = 365 AND recipient_ccode = 710 ORDER BY 1"))
                .containsExactly("Russia", "Soviet Union");
    }

    @Test
    void theDetailedExportFillsDeliveriesAndDeals() throws SQLException {
        List<SipriFiles.Line> lines = SipriFiles.dataLines(SipriFiles.detailed(), "SIPRI AT Database ID,");
        Set<String> ids = new HashSet<>();
        lines.forEach(l -> ids.add(l.cells()[0]));
        assertThat(lines).hasSize(20_480);
        assertThat(detailed.kind()).isEqualTo("sipri-detailed");
        assertThat(detailed.rows()).isEqualTo(lines.size());
        assertThat(count("SELECT count(*) FROM arms_delivery WHERE dataset_id = " + detailed.datasetId())).isEqualTo(lines.size());
        assertThat(count("SELECT count(*) FROM arms_deal WHERE dataset_id = " + detailed.datasetId())).isEqualTo(ids.size());
        // each deal's delivery years are the years of its lines
        assertThat(count("SELECT count(*) FROM arms_deal d WHERE dataset_id = " + detailed.datasetId()
                + " AND len(delivery_years) <> (SELECT count(*) FROM arms_delivery v WHERE v.dataset_id = d.dataset_id"
                + " AND v.sipri_id = d.sipri_id)")).isZero();
        // Russia -> China deliveries per line, against the file's lines
        List<String> expected = new ArrayList<>();
        for (SipriFiles.Line l : lines) {
            String[] c = l.cells();
            if (c[1].equals("Russia") && c[2].equals("China")) {
                expected.add(join("" + l.number(), c[0], c[10], c[8], figure(c[15])));
            }
        }
        assertThat(strings("SELECT line || '|' || sipri_id || '|' || year || '|' || number_delivered || '|' || tiv"
                + " FROM arms_delivery WHERE dataset_id = " + detailed.datasetId()
                + " AND supplier_ccode = 365 AND recipient_ccode = 710 ORDER BY line").stream()
                .map(SipriImportTest::normaliseLastFigure).toList())
                .containsExactlyElementsOf(expected);
        assertThat(strings("SELECT generated FROM dataset WHERE id = " + detailed.datasetId())).containsExactly("2025-01-03");
    }

    private static String normaliseLastFigure(String row) {
        int bar = row.lastIndexOf('|');
        return row.substring(0, bar + 1) + figure(row.substring(bar + 1));
    }

    @Test
    void everyTivTableLoadsItsFiguresAndItsTotalsAgree() throws SQLException {
        long figures = 0;
        for (Path table : SipriFiles.tivTables()) {
            for (SipriFiles.Line l : SipriFiles.dataLines(table, ",1950,")) {
                String[] c = l.cells();
                if (c[0].isEmpty() || c[0].equals("Total")) {
                    continue;
                }
                for (int i = 1; i < c.length - 1; i++) {
                    figures += c[i].isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(tiv).hasSize(134).allSatisfy(o -> assertThat(o.kind()).isEqualTo("sipri-tiv"));
        assertThat(count("SELECT count(*) FROM tiv_flow")).isEqualTo(figures);
        assertThat(tiv.stream().mapToLong(ImportOutcome::rows).sum()).isEqualTo(figures);
        assertThat(count("SELECT count(*) FROM dataset WHERE kind = 'sipri-tiv' AND generated = '2022-07-28'")).isEqualTo(134);
    }

    @Test
    void sovietExportsToChinaAreAsInTheirTable() throws SQLException {
        Path usr = SipriFiles.dir().resolve("tiv-exports-2022/TIV-Export-USR-1950-2021.csv");
        List<SipriFiles.Line> lines = SipriFiles.dataLines(usr, ",1950,");
        String[] years = SipriFiles.lines(usr).get(lines.get(0).number() - 2).split(",", -1);
        String[] china = lines.stream().filter(l -> l.text().startsWith("China,")).findFirst().orElseThrow().cells();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < china.length - 1; i++) {
            if (!china[i].isEmpty()) {
                expected.add(years[i] + "|" + figure(china[i]));
            }
        }
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(strings("SELECT year || '|' || tiv FROM tiv_flow WHERE supplier = 'Soviet Union' AND recipient = 'China'"
                + " AND supplier_ccode = 365 AND recipient_ccode = 710 ORDER BY year").stream()
                .map(SipriImportTest::normaliseLastFigure).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void germanyIsTheFederalRepublicUntil1990() throws SQLException {
        // COW states2016: GFR 260 1955-05-05 to 1990-10-02, GMY 255 from 1990-10-03
        assertThat(strings("SELECT DISTINCT supplier_ccode FROM arms_deal WHERE supplier = 'Germany' AND order_year <= 1990"))
                .containsExactly("260");
        assertThat(strings("SELECT DISTINCT supplier_ccode FROM arms_deal WHERE supplier = 'Germany' AND order_year > 1990"))
                .containsExactly("255");
        assertThat(strings("SELECT DISTINCT supplier_ccode FROM tiv_flow WHERE supplier = 'Germany' AND year <= 1990"))
                .containsExactly("260");
        assertThat(strings("SELECT DISTINCT recipient_ccode FROM tiv_flow WHERE recipient = 'Germany' AND year > 1990"))
                .containsExactly("255");
        assertThat(strings("SELECT DISTINCT supplier_ccode FROM arms_deal WHERE supplier = 'East Germany (GDR)'"))
                .containsExactly("265");
    }

    @Test
    void everyNameIsAStateOrFlaggedWithAReason() throws SQLException {
        assertThat(strings("SELECT DISTINCT name FROM unresolved_name WHERE reason = 'not in the country mapping'")).isEmpty();
        // supplier and recipient names read from the files themselves
        Set<String> names = new HashSet<>();
        for (SipriFiles.Line l : SipriFiles.dataLines(SipriFiles.register(), "Recipient,Supplier,Year of order")) {
            if (!l.text().startsWith(",")) {
                names.add(l.cells()[0]);
                names.add(l.cells()[1]);
            }
        }
        for (SipriFiles.Line l : SipriFiles.dataLines(SipriFiles.detailed(), "SIPRI AT Database ID,")) {
            names.add(l.cells()[1]);
            names.add(l.cells()[2]);
        }
        Pattern title = Pattern.compile("^\"TIV of arms exports from (.+), 1950-2021\"");
        for (Path table : SipriFiles.tivTables()) {
            Matcher m = title.matcher(SipriFiles.lines(table).get(0));
            assertThat(m.find()).as(table.toString()).isTrue();
            names.add(m.group(1));
            for (SipriFiles.Line l : SipriFiles.dataLines(table, ",1950,")) {
                String name = l.cells()[0];
                if (!name.isEmpty() && !name.equals("Total")) {
                    names.add(name);
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(250);
        CountryResolver countries = CountryResolver.shared();
        for (String name : names) {
            CountryResolver.Resolution r = countries.resolveName(name);
            assertThat(r.kind()).as(name).isNotEqualTo(CountryResolver.Kind.UNMAPPED);
            if (!r.isState()) {
                assertThat(r.reason()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void historicalAndSpecialNamesHaveTheirCowCodes() {
        // codes from COW State System Membership v2016 (states2016.csv)
        CountryResolver c = CountryResolver.shared();
        assertThat(c.resolveName("Soviet Union").ccode()).isEqualTo(365);
        assertThat(c.resolveName("Russia").ccode()).isEqualTo(365);
        assertThat(c.resolveName("East Germany (GDR)").ccode()).isEqualTo(265);
        assertThat(c.resolveName("West Germany (FRG)").ccode()).isEqualTo(260);
        assertThat(c.resolveName("Czechoslovakia").ccode()).isEqualTo(315);
        assertThat(c.resolveName("Czechia").ccode()).isEqualTo(316);
        assertThat(c.resolveName("Yugoslavia").ccode()).isEqualTo(345);
        assertThat(c.resolveName("Serbia").ccode()).isEqualTo(345);
        assertThat(c.resolveName("Taiwan").ccode()).isEqualTo(713);
        assertThat(c.resolveName("Kosovo").ccode()).isEqualTo(347);
        assertThat(c.resolveName("South Sudan").ccode()).isEqualTo(626);
        assertThat(c.resolveName("North Yemen").ccode()).isEqualTo(678);
        assertThat(c.resolveName("South Yemen").ccode()).isEqualTo(680);
        assertThat(c.resolveName("Yemen").ccode()).isEqualTo(679);
        assertThat(c.resolveName("Viet Nam").ccode()).isEqualTo(816);
        assertThat(c.resolveName("South Vietnam").ccode()).isEqualTo(817);
        assertThat(c.resolveName("United States").ccode()).isEqualTo(2);
        assertThat(c.resolveName("Turkiye").ccode()).isEqualTo(640);
        assertThat(c.resolveName("Palestine").kind()).isEqualTo(CountryResolver.Kind.NON_STATE);
        assertThat(c.resolveName("NATO**").kind()).isEqualTo(CountryResolver.Kind.ORGANISATION);
        assertThat(c.resolveName("United Nations**").kind()).isEqualTo(CountryResolver.Kind.ORGANISATION);
        assertThat(c.resolveName("Unknown supplier(s)").kind()).isEqualTo(CountryResolver.Kind.UNKNOWN);
        assertThat(c.resolveName("Hezbollah (Lebanon)*").kind()).isEqualTo(CountryResolver.Kind.NON_STATE);
    }

    @Test
    void unresolvedNamesAreKeptAsWrittenAndCounted() throws SQLException {
        // "Unknown supplier(s)" is the supplier of the XXS table, capitalised as written there
        assertThat(strings("SELECT DISTINCT u.name FROM unresolved_name u JOIN dataset d ON d.id = u.dataset_id"
                + " WHERE d.file_name = 'TIV-Export-XXS-1950-2021.csv' AND u.role = 'supplier'"))
                .containsExactly("Unknown supplier(s)");
        // occurrences are the file's lines: Hezbollah (Lebanon)* is the recipient of 19 register lines
        long hezbollah = SipriFiles.dataLines(SipriFiles.register(), "Recipient,Supplier,Year of order").stream()
                .filter(l -> l.text().startsWith("Hezbollah (Lebanon)*,")).count();
        assertThat(count("SELECT occurrences FROM unresolved_name WHERE dataset_id = " + register.datasetId()
                + " AND name = 'Hezbollah (Lebanon)*' AND role = 'recipient'")).isEqualTo(hezbollah);
    }
}
