package org.entente.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.measure.survival.AllianceSpell;
import org.entente.measure.survival.Covariate;
import org.entente.measure.survival.SpellBuilder;
import org.entente.measure.survival.SpellsCsv;
import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The spells built from the real files in {@code ../shared/data} (ATOP 5.1, COW NMC 6.0 and majors,
 * the SIPRI register of 2025-03-13), loaded through Entente's importers, equal the spells the R
 * reference values were computed on ({@code atop5_1-alliance-spells.csv}; see
 * {@code core/src/test/r/survival-reference.R}). Fails when the shared data are missing.
 */
class AllianceSpellsTest {

    @TempDir static Path dir;
    static SpellBuilder.Spells alliances;
    static SpellBuilder.Spells phases;

    @BeforeAll
    static void load() throws Exception {
        Path data = Path.of(System.getProperty("entente.shared", "../shared"), "data");
        assertThat(data).as("shared data folder (../shared/data)").isDirectory();
        try (Store s = Store.open(dir.resolve("store.duckdb"))) {
            Importer imp = new Importer(s.connection());
            for (String f : List.of("atop/atop5_1a.csv", "atop/atop5_1aph.csv", "atop/atopinst5_1.csv",
                    "cow/NMC-60-abridged.csv", "cow/majors2016.csv", "sipri/trade-register-2025-03-13.csv")) {
                imp.importFile(data.resolve(f), null);
            }
            alliances = SpellBuilder.build(AllianceSpells.read(s.connection(), AllianceSpells.Level.ALLIANCE));
            phases = SpellBuilder.build(AllianceSpells.read(s.connection(), AllianceSpells.Level.PHASE));
        }
    }

    @Test
    void spellsEqualThoseTheReferenceValuesUsed() throws Exception {
        assertThat(alliances.spells()).hasSize(789);
        same(alliances.spells(), SpellsCsv.spells());
        assertThat(phases.spells()).hasSize(849);
        same(phases.spells(), SpellsCsv.read("atop5_1-phase-spells.csv"));
    }

    private static void same(List<AllianceSpell> spells, List<Map<String, String>> ref) {
        assertThat(spells).hasSize(ref.size());
        for (int i = 0; i < ref.size(); i++) {
            AllianceSpell s = spells.get(i);
            Map<String, String> r = ref.get(i);
            assertThat(s.id()).isEqualTo(r.get("id"));
            assertThat(s.start()).hasToString(r.get("start"));
            assertThat(s.end()).hasToString(r.get("end"));
            assertThat(s.ended() ? "1" : "0").isEqualTo(r.get("ended"));
            assertThat(s.type()).isEqualTo(r.get("type"));
            for (Covariate c : Covariate.values()) {
                Double v = c.of(s);
                if (r.get(c.key()).isEmpty()) {
                    assertThat(v).as("%s %s", s.id(), c.key()).isNull();
                } else {
                    assertThat(v).as("%s %s", s.id(), c.key()).isCloseTo(Double.parseDouble(r.get(c.key())), within(1e-12));
                }
            }
        }
    }

    @Test
    void allianceYearsEqualThoseTheTimeVaryingReferenceUsed() throws Exception {
        var rows = SpellBuilder.yearly(alliances, Covariate.DEFAULT);
        var ref = SpellsCsv.read("atop5_1-alliance-years.csv");
        assertThat(rows).hasSize(ref.size()).hasSize(14457);
        for (int i = 0; i < ref.size(); i++) {
            var r = ref.get(i);
            var iv = rows.get(i);
            assertThat(alliances.spells().get(iv.subject()).id()).isEqualTo(r.get("id"));
            assertThat(iv.start()).isEqualTo(Double.parseDouble(r.get("start")));
            assertThat(iv.stop()).isEqualTo(Double.parseDouble(r.get("stop")));
            assertThat(iv.event() ? "1" : "0").isEqualTo(r.get("ended"));
            for (int j = 0; j < Covariate.DEFAULT.size(); j++) {
                assertThat(iv.x()[j]).isCloseTo(Double.parseDouble(r.get(Covariate.DEFAULT.get(j).key())), within(1e-12));
            }
        }
    }

    @Test
    void theRussiaChinaTreatyIsCensoredAtTheEndOfCoverage() {
        AllianceSpell t = alliances.spells().stream().filter(s -> s.atopid() == 4980).findFirst().orElseThrow();
        // ATOP 5.1: 4980 began 16 July 2001 (Treaty of Good-Neighborliness), still in effect in 2018
        assertThat(t.start()).isEqualTo(LocalDate.of(2001, 7, 16));
        assertThat(t.ended()).isFalse();
        assertThat(t.end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(t.members()).containsExactlyInAnyOrder(365, 710);
        assertThat(t.type()).isEqualTo("non-aggression");
        assertThat(t.consul()).isTrue();
        assertThat(t.defense()).isFalse();
        // both were COW major powers in 2001 (majors2016: Russia from 1992, China from 1950)
        assertThat(t.majorPower()).isTrue();
        // NMC 6.0, 2001: China's CINC is larger than Russia's
        assertThat(t.cincAsymmetry()).isBetween(0.5, 1.0);
    }

    @Test
    void aMissingEndDayIsTheFifteenth() {
        // ATOP 5.1, alliance 1035: ended December 1822, day not coded
        AllianceSpell s = alliances.spells().stream().filter(x -> x.atopid() == 1035).findFirst().orElseThrow();
        assertThat(s.end()).isEqualTo(LocalDate.of(1822, 12, 15));
        assertThat(s.ended()).isTrue();
    }

    @Test
    void phasesAreOneSpellEach() {
        // atop5_1aph.csv has 849 rows; alliance 1020 has three phases (1815-1820, 1820-1848, 1850-1866)
        assertThat(phases.spells()).hasSize(849);
        List<AllianceSpell> p1020 = phases.spells().stream().filter(s -> s.atopid() == 1020).toList();
        assertThat(p1020).extracting(AllianceSpell::phase).containsExactly(1, 2, 3);
        assertThat(p1020.get(2).start().getYear()).isEqualTo(1850);
        assertThat(p1020.get(2).id()).isEqualTo("1020.3");
    }

    @Test
    void armsShareNeedsFiveYearsOfSipriBeforeTheStart() {
        // the register's orders begin in 1950: alliances from 1955 have a share, earlier ones none
        for (AllianceSpell s : alliances.spells()) {
            if (s.start().getYear() < 1955) {
                assertThat(s.armsShare()).as(s.id()).isNull();
            }
        }
        assertThat(alliances.spells().stream().filter(s -> s.armsShare() != null).count()).isEqualTo(513);
    }
}
