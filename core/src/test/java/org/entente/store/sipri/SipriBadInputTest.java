package org.entente.store.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.source.BadInputException;
import org.entente.store.ImportOutcome;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad SIPRI files against a store that already holds one file of each kind: each must fail with
 * one BadInputException naming the file (and, where the problem is in a line, the line and the
 * field), and leave every table as it was.
 */
class SipriBadInputTest {

    static final String[] TABLES = {"dataset", "unresolved_name", "arms_deal", "arms_delivery", "tiv_flow"};

    @TempDir Path dir;
    Store store;
    Importer importer;
    Map<String, Long> before;

    @BeforeEach
    void storeWithOneFileOfEachKind() throws Exception {
        store = Store.inMemory();
        importer = new Importer(store);
        importer.importFile(fixture("register-excerpt.csv"), null);
        importer.importFile(fixture("detailed-excerpt.csv"), null);
        importer.importFile(fixture("tiv-small.csv"), null);
        before = counts();
        assertThat(before.values()).allMatch(n -> n > 0);
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/entente/sipri/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    String text(String name) throws IOException {
        return Files.readString(fixture(name), StandardCharsets.ISO_8859_1);
    }

    Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement st = store.connection().createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    m.put(t, rs.getLong(1));
                }
            }
        }
        return m;
    }

    /** Imports {@code file} (as {@code kind}, or recognised when null), expecting it to fail. */
    BadInputException rejected(Path file, String kind) throws SQLException {
        BadInputException[] thrown = new BadInputException[1];
        assertThatThrownBy(() -> importer.importFile(file, kind))
                .isInstanceOfSatisfying(BadInputException.class, e -> thrown[0] = e)
                .hasMessageStartingWith(file.toString());
        assertThat(counts()).as("tables after a failed import").isEqualTo(before);
        return thrown[0];
    }

    @Test
    void aRegisterCutMidLine() throws Exception {
        String text = text("register-excerpt.csv");
        Path cut = write("cut.csv", text.substring(0, text.indexOf("Turkiye,Germany,1974") + 30));
        BadInputException e = rejected(cut, null);
        assertThat(e.line()).isEqualTo(32);
        assertThat(e.field()).isNotBlank();
        assertThat(e).hasMessageContaining("cut short");
    }

    @Test
    void aRegisterWithARenamedColumn() throws Exception {
        Path renamed = write("renamed.csv", text("register-excerpt.csv").replace(",SIPRI TIV per unit,", ",TIV each,"));
        BadInputException e = rejected(renamed, null);
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("SIPRI TIV per unit");
        assertThat(e).hasMessageContaining("'TIV each'");
    }

    @Test
    void aRegisterWithAMissingColumn() throws Exception {
        // the Comments column taken out of the header and every line
        StringBuilder sb = new StringBuilder();
        String[] lines = text("register-excerpt.csv").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i >= 11 && !l.isEmpty()) {
                String[] c = l.split(",", -1);
                if (c.length == 16) {
                    StringBuilder row = new StringBuilder();
                    for (int k = 0; k < 16; k++) {
                        if (k != 12) {
                            row.append(row.length() == 0 && k == 0 ? "" : ",").append(c[k]);
                        }
                    }
                    l = row.toString();
                }
            }
            sb.append(l).append(i < lines.length - 1 ? "\n" : "");
        }
        BadInputException e = rejected(write("missing.csv", sb.toString()), "sipri-register");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("Comments");
    }

    @Test
    void aBinaryFile() throws Exception {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31);
        }
        Path bin = Files.write(dir.resolve("register.csv"), junk);
        // a file as a whole is wrong: no line to name (line 0)
        assertThat(rejected(bin, "sipri-register")).hasMessageContaining("binary").extracting(BadInputException::line).isEqualTo(0L);
        assertThat(rejected(bin, null)).hasMessageContaining("binary");
    }

    @Test
    void anEmptyFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThat(rejected(empty, "sipri-register")).hasMessageContaining("empty");
        Path blank = Files.write(dir.resolve("blank.csv"), "\n\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(rejected(blank, "sipri-register")).hasMessageContaining("empty");
    }

    @Test
    void aNonNumericTiv() throws Exception {
        // line 22: China,Soviet Union,1949,?,3000,?,M-30 122mm,...,0.45,1350,1350
        Path bad = write("tiv.csv", text("register-excerpt.csv").replace("Chino-Soviet break,0.45,1350,1350",
                "Chino-Soviet break,0.45,1 350,1350"));
        BadInputException e = rejected(bad, null);
        assertThat(e.line()).isEqualTo(22);
        assertThat(e.field()).isEqualTo("SIPRI TIV for total order");
        assertThat(e).hasMessageContaining("'1 350' is not a TIV");
    }

    @Test
    void aTivTableWithAWrongTotal() throws Exception {
        BadInputException e = rejected(fixture("tiv-wrong-row-total.csv"), null);
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.field()).isEqualTo("Total");
    }

    @Test
    void aDetailedExportCutMidLine() throws Exception {
        String text = text("detailed-excerpt-semicolon-crlf.csv");
        Path cut = write("cut-detailed.csv", text.substring(0, text.indexOf("55370,Russia,China,") + 25));
        BadInputException e = rejected(cut, null);
        assertThat(e.line()).isEqualTo(24);
    }

    @Test
    void aTextFileOfAnotherKind() throws Exception {
        Path other = write("other.csv", "a,b,c\n1,2,3\n");
        assertThat(rejected(other, "sipri-register")).hasMessageContaining("no SIPRI trade register header");
        assertThat(rejected(other, "sipri-tiv")).hasMessageContaining("no SIPRI TIV export table header");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        for (String name : new String[] {"register-excerpt.csv", "detailed-excerpt.csv", "tiv-small.csv"}) {
            ImportOutcome again = importer.importFile(fixture(name), null);
            assertThat(again.unchanged()).as(name).isTrue();
            assertThat(counts()).isEqualTo(before);
        }
        // the same bytes under another name are the same dataset too
        Files.copy(fixture("register-excerpt.csv"), dir.resolve("copy.csv"));
        assertThat(importer.importFile(dir.resolve("copy.csv"), null).unchanged()).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theFixturesLoadWhatTheirLinesSay() throws Exception {
        // 18 deals in the register excerpt, 12 lines / 10 IDs in the detailed one, 6 figures in tiv-small
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT kind, rows FROM dataset ORDER BY id")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
            assertThat(sb.toString().strip()).isEqualTo("sipri-register=18 sipri-detailed=12 sipri-tiv=6");
        }
        assertThat(before).containsEntry("arms_deal", 18L + 10L).containsEntry("arms_delivery", 12L).containsEntry("tiv_flow", 6L);
    }
}
