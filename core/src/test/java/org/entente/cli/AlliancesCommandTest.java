package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.store.Importer;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code entente alliances} and section 8's survival prediction, tried as a user would on the
 * shared ATOP 5.1, COW NMC 6.0 and majors and SIPRI files. Expected figures are R's (survival 3.5.3,
 * {@code core/src/test/r/survival-reference.R}); the tests fail when ../shared/data is missing.
 */
class AlliancesCommandTest {

    @TempDir static Path dir;
    static Path db;

    @BeforeAll
    static void load() throws Exception {
        Path data = Path.of(System.getProperty("entente.shared", "../shared"), "data");
        assertThat(data).as("shared data folder (../shared/data)").isDirectory();
        db = dir.resolve("store.duckdb");
        try (Store s = Store.open(db)) {
            Importer imp = new Importer(s.connection());
            for (String f : List.of("atop/atop5_1a.csv", "atop/atop5_1aph.csv", "atop/atopinst5_1.csv",
                    "cow/NMC-60-abridged.csv", "cow/majors2016.csv", "sipri/trade-register-2025-03-13.csv")) {
                imp.importFile(data.resolve(f), null);
            }
        }
    }

    static CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        return CliRun.of(all);
    }

    @Test
    void survivalPrintsTheKaplanMeierTableAndMedians() {
        CliRun r = run("alliances", "survival");
        assertThat(r.code()).as(r.err()).isZero();
        // R: quantile(survfit(Surv(years, ended) ~ 1), 0.5): 23.39 (20.07 – 26.40)
        assertThat(r.out()).contains("789 alliances, 417 ended, 372 in effect on 2018-12-31")
                .containsPattern("all\\s+789\\s+417\\s+23\\.39\\s+20\\.07 – 26\\.40")
                // R: summary(km, times = 10): n.risk 519, surv 0.678294
                .containsPattern("10\\.000\\s+519\\s+97\\s+0\\.6783");
    }

    @Test
    void survivalByTypeGivesTheLogRankTest() {
        CliRun r = run("alliances", "survival", "--by", "type");
        assertThat(r.code()).as(r.err()).isZero();
        // R: survdiff(Surv(years, ended) ~ type): chisq 220.600832
        assertThat(r.out()).contains("Log-rank test: chi-square 220.60 on 4 df").containsPattern("non-aggression\\s+308\\s+80\\s+not reached");
    }

    @Test
    void coxPrintsHazardRatiosAndTheProportionalHazardsTest() {
        CliRun r = run("alliances", "cox");
        assertThat(r.code()).as(r.err()).isZero();
        // R: coxph(...)$coefficients["nonagg"] = -0.98859, se 0.12658; cox.zph GLOBAL chisq 50.845
        assertThat(r.out()).containsPattern("nonagg\\s+-0\\.9886\\s+0\\.3721\\s+0\\.1266")
                .containsPattern("GLOBAL\\s+50\\.845\\s+10").contains("n = 747, ended = 391")
                .contains("joint democracy: the dyad-year builder does not load");
    }

    @Test
    void timeVaryingCoxUpdatesCovariatesEveryYear() {
        CliRun r = run("alliances", "cox", "--time-varying");
        assertThat(r.code()).as(r.err()).isZero();
        // R: coxph(Surv(start, stop, ended) ~ ...) on the alliance-years: nonagg -0.98213, se 0.12477
        assertThat(r.out()).contains("14457 alliance-years of 767 spells, 403 ended")
                .containsPattern("nonagg\\s+-0\\.9821\\s+0\\.3745\\s+0\\.1248");
    }

    @Test
    void jsonAndCsvCarryTheSameFigures() throws Exception {
        CliRun j = run("alliances", "cox", "--format", "json");
        assertThat(j.code()).as(j.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(j.out());
        assertThat(doc.get("n").asInt()).isEqualTo(747);
        assertThat(doc.get("coefficients").get(0).get("name").asText()).isEqualTo("cinc_asymmetry");
        assertThat(doc.get("coefficients").get(0).get("coef").asDouble()).isBetween(-0.8802, -0.8800);
        CliRun c = run("alliances", "survival", "--by", "bilateral", "--format", "csv");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).startsWith("group,years,n_risk,n_event,n_censor,survival,std_err,lower95,upper95");
        assertThat(c.out().lines().filter(l -> l.startsWith("bilateral,")).count()).isGreaterThan(100);
    }

    @Test
    void chartIsWrittenAsSvg() throws Exception {
        Path svg = dir.resolve("charts/km.svg");
        CliRun r = run("alliances", "survival", "--by", "major", "--chart", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("with a major power").contains("years since the alliance began");
    }

    @Test
    void phaseLevelHasOneSpellPerPhase() {
        CliRun r = run("alliances", "survival", "--level", "phase");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("849 alliance phases");
    }

    @Test
    void badRequestsAreUsageErrors() throws Exception {
        assertThat(run("alliances", "survival", "--by", "colour").code()).isEqualTo(2);
        assertThat(run("alliances", "cox", "--covariates", "wealth").code()).isEqualTo(2);
        Path empty = dir.resolve("empty.duckdb");
        CliRun r = CliRun.of("alliances", "survival", "--db", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no ATOP alliances").contains("ATOP alliances is not loaded", "entente data update");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void assessSetsThePredictedSurvivalBesideTheVerdict() {
        CliRun r = run("assess");
        assertThat(r.code()).as(r.err()).isZero();
        // R: summary(survfit(fit, newdata = ATOP 4980), times = c(5, 10, 20)): 0.9046, 0.8272, 0.7254
        assertThat(r.out()).contains("Predicted survival of ATOP 4980 at 5 years: 0.905")
                .contains("Predicted survival of ATOP 4980 at 10 years: 0.827")
                .contains("Predicted survival of ATOP 4980 at 20 years: 0.725")
                .contains("Rule and survival model: disagree: the rule reads uncertain, the model durable");
    }

    @Test
    void assumingACovariateMovesTheCurve() {
        CliRun r = run("assess", "--assume", "covariate.milinst=2");
        assertThat(r.code()).as(r.err()).isZero();
        // R: the same fit, newdata with milinst = 2: 0.8993, 0.8180, 0.7119
        assertThat(r.out()).containsPattern("with the assumptions\\s+0\\.899\\s+0\\.818\\s+0\\.712");
        assertThat(run("assess", "--assume", "covariate.wealth=1").code()).isEqualTo(2);
    }
}
