package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrong-but-plausible loads of the fault campaign (issue #16), tried again on the real files:
 * each is refused with file, line and field, and the store is left as it was.
 */
class HardeningRefusalsTest {

    @TempDir Path dir;
    Store store;
    Path data;

    @BeforeEach
    void open() throws Exception {
        store = Store.inMemory();
        data = ImportTesting.sharedData();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(data.resolve(file), StandardCharsets.ISO_8859_1);
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
        return f;
    }

    private BadInputException refused(Path file, String kind) throws Exception {
        Map<String, Long> before = ImportTesting.tableCounts(store);
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new Importer(store).importFile(file, kind));
        assertThat(e).as("importing %s", file).isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString());
        assertThat(ImportTesting.tableCounts(store)).isEqualTo(before);
        return e;
    }

    @Test
    void aRepeatedNmcStateYearIsRefusedWithBothLines() throws Exception {
        List<String> nmc = new ArrayList<>(lines("cow/NMC-60-abridged.csv").subList(0, 200));
        nmc.add(nmc.get(99)); // file line 100 again, as line 201
        BadInputException e = refused(write("nmc.csv", nmc), "cow-nmc");
        assertThat(e.line()).isEqualTo(201);
        assertThat(e.getMessage()).contains("already on line 100").contains("ccode, year");
    }

    @Test
    void aRepeatedTradeDyadYearIsRefusedOnDuckDbsPathToo() throws Exception {
        List<String> trade = new ArrayList<>(lines("cow/trade-dyadic-4.0-peacesciencer.csv").subList(0, 300));
        trade.add(150, trade.get(10)); // line 11 again, as line 151
        BadInputException e = refused(write("trade.csv", trade), "cow-trade");
        assertThat(e.line()).isEqualTo(151);
        assertThat(e.getMessage()).contains("already on line 11");
    }

    @Test
    void aRepeatedTivTableRowIsRefused() throws Exception {
        List<String> tiv = new ArrayList<>(lines("sipri/tiv-exports-2022/TIV-Export-CHI-1950-2021.csv"));
        int afghanistan = tiv.indexOf(tiv.stream().filter(l -> l.startsWith("Afghanistan,")).findFirst().orElseThrow());
        tiv.add(afghanistan + 1, tiv.get(afghanistan));
        BadInputException e = refused(write("TIV-Export-CHI.csv", tiv), "sipri-tiv");
        assertThat(e.line()).isEqualTo(afghanistan + 2);
        assertThat(e.getMessage()).contains("already on line " + (afghanistan + 1)).contains("Afghanistan");
    }

    @Test
    void aCameoListCutShortIsRefusedAndTheWholeOneLoads() throws Exception {
        List<String> codes = lines("events/CAMEO.eventcodes.txt");
        BadInputException e = refused(write("CAMEO.eventcodes.txt", codes.subList(0, 191)), "cameo-codes");
        assertThat(e.getMessage()).contains("has 190 codes").contains("incomplete");
        // the README of the shared data: 311 codes
        assertThat(new Importer(store).importFile(data.resolve("events/CAMEO.eventcodes.txt"), null).rows()).isEqualTo(311);
    }

    @Test
    void anOrderYearOf2999IsRefused() throws Exception {
        List<String> register = new ArrayList<>(lines("sipri/trade-register-2025-03-13.csv").subList(0, 100));
        int row = 50;
        String[] cells = register.get(row).split(",", -1);
        cells[2] = "2999"; // Year of order
        register.set(row, String.join(",", cells));
        BadInputException e = refused(write("register.csv", register), "sipri-register");
        assertThat(e.line()).isEqualTo(row + 1);
        assertThat(e.field()).isEqualTo("Year of order");
        assertThat(e.getMessage()).contains("2999").contains("generated");
    }

    @Test
    void aYearBeforeTheStateSystemAndACincOverOneAreRefused() throws Exception {
        String header = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version";
        BadInputException early = refused(write("early.csv", List.of(header, "USA,2,1815,0,0,0,0,0,0,0.1,2021")), "cow-nmc");
        assertThat(early.field()).isEqualTo("year");
        BadInputException share = refused(write("share.csv", List.of(header, "USA,2,1900,0,0,0,0,0,0,1.5,2021")), "cow-nmc");
        assertThat(share.field()).isEqualTo("cinc");
        assertThat(share.line()).isEqualTo(2);
    }

    @Test
    void theSameReleaseWithOtherLineEndsIsTheSameDataset() throws Exception {
        byte[] lf = String.join("\n", lines("cow/majors2016.csv")).concat("\n").getBytes(StandardCharsets.ISO_8859_1);
        Path unix = dir.resolve("majors-lf.csv");
        Files.write(unix, lf);
        Path windows = dir.resolve("majors-crlf.csv");
        Files.writeString(windows, "\uFEFF" + new String(lf, StandardCharsets.ISO_8859_1).replace("\n", "\r\n") + "\r\n\r\n",
                StandardCharsets.UTF_8);
        ImportOutcome first = new Importer(store).importFile(unix, null);
        ImportOutcome second = new Importer(store).importFile(windows, null);
        assertThat(second.unchanged()).isTrue();
        assertThat(second.datasetId()).isEqualTo(first.datasetId());
        // for a file already LF-terminated, the stored hash is what sha256sum prints
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf));
        assertThat(ImportTesting.value(store, "SELECT sha256 FROM dataset WHERE id = ?", first.datasetId())).isEqualTo(sha);
    }

    @Test
    void utf16IsNamedAsSuch() throws Exception {
        Path f = dir.resolve("states-utf16.csv");
        Files.writeString(f, String.join("\n", lines("cow/states2016.csv")), StandardCharsets.UTF_16);
        assertThat(refused(f, null).getMessage()).contains("UTF-16").doesNotContain("binary");
    }
}
