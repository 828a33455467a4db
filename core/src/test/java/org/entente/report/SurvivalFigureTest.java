package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.assess.Assessment;
import org.entente.assess.Assessor;
import org.entente.data.StoreData;
import org.entente.assess.Assumptions;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 8's survival chart, drawn from the shared ATOP, COW and SIPRI files; a note without ATOP. */
class SurvivalFigureTest {

    @TempDir Path dir;

    @Test
    void drawsTheCasePredictionOverAllAlliances() throws Exception {
        Path data = Path.of(System.getProperty("entente.shared", "../shared"), "data");
        assertThat(data).as("shared data folder (../shared/data)").isDirectory();
        try (Store s = Store.open(dir.resolve("store.duckdb"))) {
            Importer imp = new Importer(s.connection());
            for (String f : List.of("atop/atop5_1a.csv", "atop/atopinst5_1.csv", "cow/NMC-60-abridged.csv",
                    "cow/majors2016.csv")) {
                imp.importFile(data.resolve(f), null);
            }
            Assessment a = Assessor.assess(new Assessor.Request(CaseReader.builtIn("russia-china-2001"), null, null, null,
                    Assumptions.parse(List.of("covariate.milinst=2"))), new StoreData(s));
            Figure f = SurvivalFigure.of(a, new StoreData(s));
            assertThat(f.isDrawn()).as(f.missing()).isTrue();
            assertThat(f.section()).isEqualTo(8);
            assertThat(f.svg()).startsWith("<svg").contains("ATOP 4980 predicted (Cox)").contains("ATOP 4980 with the assumptions")
                    .contains("all ATOP alliances (n 789)");
            assertThat(f.caption()).contains("begun 2001-07-16").contains("censored");
            assertThat(f.sources()).anyMatch(x -> x.contains("atop_alliance"));
        }
    }

    @Test
    void withoutAtopItSaysWhatToLoad() throws Exception {
        try (Store s = Store.open(dir.resolve("empty.duckdb"))) {
            Assessment a = Assessor.assess(new Assessor.Request(CaseReader.builtIn("russia-china-2001"), null, null, null,
                    Assumptions.none()), new StoreData(s));
            Figure f = SurvivalFigure.of(a, new StoreData(s));
            assertThat(f.isDrawn()).isFalse();
            assertThat(f.missing()).contains("ATOP alliances is not loaded", "entente data update", "atopdata.org");
        }
    }
}
