package org.entente.store.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.entente.store.Store;
import org.entente.store.pack.DataPack.Release;
import org.junit.jupiter.api.Test;

/**
 * The bundled pack against the published files it was built from ({@code ../shared/data}), and a
 * load of the whole pack into a store: every release arrives once, with the years the manifest
 * claims, and a second load changes nothing.
 */
class DataPackTest {

    static final Path DATA = Path.of(System.getProperty("entente.shared", "../../shared"), "data");

    /** Where each kind's years are, read independently of the pack code: table and year expressions. */
    static final Map<String, String> YEARS = Map.ofEntries(
            Map.entry("cow-states", "SELECT min(year(start_date)), max(year(end_date)) FROM state_spell WHERE dataset_id = ?"),
            Map.entry("cow-system", "SELECT min(year), max(year) FROM state_year WHERE dataset_id = ?"),
            Map.entry("cow-majors", "SELECT min(year(start_date)), max(year(end_date)) FROM major_power WHERE dataset_id = ?"),
            Map.entry("cow-nmc", "SELECT min(year), max(year) FROM capability WHERE dataset_id = ?"),
            Map.entry("cow-contiguity", "SELECT min(year(start_date)), max(year(end_date)) FROM contiguity WHERE dataset_id = ?"),
            Map.entry("cow-capitals", "SELECT min(year(start_date)), max(year(end_date)) FROM capital WHERE dataset_id = ?"),
            Map.entry("cow-trade", "SELECT min(year), max(year) FROM trade_flow WHERE dataset_id = ?"),
            Map.entry("atop-alliance", "SELECT min(begyr), max(greatest(begyr, endyr)) FROM atop_alliance WHERE dataset_id = ?"),
            Map.entry("atop-phase", "SELECT min(begyr), max(greatest(begyr, endyr)) FROM atop_alliance_phase WHERE dataset_id = ?"),
            Map.entry("atop-member", "SELECT min(yrent), max(greatest(yrent, yrexit)) FROM atop_member WHERE dataset_id = ?"),
            Map.entry("atop-state-year", "SELECT min(year), max(year) FROM atop_state_year WHERE dataset_id = ?"),
            Map.entry("atop-dyad-year", "SELECT min(year), max(year) FROM atop_dyad_year WHERE dataset_id = ?"),
            // the register covers deliveries 1950-2024 (some deals were ordered earlier, from 1940)
            Map.entry("sipri-register", "SELECT min(y), max(y) FROM (SELECT unnest(delivery_years) AS y FROM arms_deal WHERE dataset_id = ?)"),
            Map.entry("sipri-detailed", "SELECT min(year), max(year) FROM arms_delivery WHERE dataset_id = ?"));

    @Test
    void everyBundledFileIsThePublishedFileItNames() throws Exception {
        DataPack pack = DataPack.bundled();
        assertThat(pack.releases()).hasSize(154);
        for (Release r : pack.releases()) {
            Path original = DATA.resolve(r.source());
            assertThat(original).as("the file %s was built from", r.file()).isRegularFile();
            byte[] bytes = Files.readAllBytes(original);
            assertThat(bytes.length).as(r.file()).isEqualTo(r.bytes());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(r.file()).isEqualTo(r.sha256());
            assertThat(BundledData.unpackedSha256(r)).as("unpacked %s", r.file()).isEqualTo(r.sha256());
            assertThat(r.terms()).as(r.file()).isNotBlank();
            assertThat(r.page()).as(r.file()).startsWith("http");
        }
    }

    @Test
    void theChecksumListIsTheManifests() {
        assertThat(DataPack.bundledChecksums())
                .containsExactlyInAnyOrderElementsOf(DataPack.bundled().releases().stream().map(Release::sha256).toList());
    }

    @Test
    void thePackIsWithinItsSizeLimit() throws Exception {
        long packed = 0;
        for (Release r : DataPack.bundled().releases()) {
            try (var in = r.openPacked()) {
                packed += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        assertThat(packed).isLessThan(40L * 1024 * 1024);
    }

    @Test
    void loadingThePackImportsEveryReleaseOnceWithTheYearsTheManifestClaims() throws Exception {
        DataPack pack = DataPack.bundled();
        try (Store store = Store.inMemory()) {
            Connection c = store.connection();
            StringWriter log = new StringWriter();
            BundledData.Loaded first = BundledData.load(c, pack, new PrintWriter(log), Path.of(":memory:"));
            assertThat(first.files()).isEqualTo(154);
            assertThat(log.toString()).contains("loading the bundled data pack", "[154/154]", "loaded 154 bundled files");
            assertThat(BundledData.missing(c, pack)).isEmpty();
            assertThat(count(c, "SELECT count(*) FROM dataset")).isEqualTo(154);
            // the trade register's 29,515 deals (29,519 lines, four comments span two): the pack's copy is the same file
            assertThat(count(c, "SELECT count(*) FROM arms_deal a JOIN dataset d ON d.id = a.dataset_id"
                    + " WHERE d.kind = 'sipri-register'")).isEqualTo(29_515);
            for (Release r : pack.releases()) {
                int id = datasetOf(c, r);
                assertThat(count(c, "SELECT count(*) FROM dataset WHERE id = " + id + " AND citation <> ''")).as(r.file()).isEqualTo(1);
                String sql = YEARS.get(r.kind());
                if (sql == null) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(List.of(rs.getInt(1), rs.getInt(2))).as("years of %s", r.file()).isEqualTo(r.years());
                    }
                }
            }
            BundledData.Loaded second = BundledData.load(c, pack, new PrintWriter(new StringWriter()), Path.of(":memory:"));
            assertThat(second.files()).isZero();
            assertThat(count(c, "SELECT count(*) FROM dataset")).isEqualTo(154);
        }
    }

    private static int datasetOf(Connection c, Release r) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT dataset_id FROM bundled_release WHERE sha256 = ?")) {
            ps.setString(1, r.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(r.file()).isTrue();
                return rs.getInt(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
