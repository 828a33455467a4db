package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.entente.report.StoreFixture;
import org.entente.store.Store;
import org.entente.web.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import picocli.CommandLine;

/** {@code entente report} as a user runs it: both files, every chart visible in a browser. */
@Timeout(600)
class ReportCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void onAFreshStoreTheBuiltInCaseGivesBothFilesWithTheChartsTheCaseCanFill() throws Exception {
        Path out = dir.resolve("reports");
        Run r = run("report", "--db", dir.resolve("empty.duckdb").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path html = out.resolve("russia-china-2001.html");
        Path pdf = out.resolve("russia-china-2001.pdf");
        assertThat(r.out().lines()).containsExactly(html.toRealPath().toString(), pdf.toRealPath().toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String page = Files.readString(html);
        // the case alone fills the threat matrix, the barometer, the ACH matrix, the deals and the trade figures
        for (String id : List.of("threats", "barometer", "ach", "arms", "trade")) {
            assertThat(page).containsPattern("<figure id=\"figure-" + id + "\" class=\"chart\" data-points=\"[1-9]");
        }
        // CINC needs NMC: the report says it is not loaded, what it would add and where to get it
        assertThat(page).contains("COW capabilities (NMC) is not loaded: it would add CINC",
                "https://correlatesofwar.org/data-sets/", "entente data update");
        assertThat(page).contains("<h2>8. ").contains("Sources and datasets");
    }

    @Test
    void withDataLoadedEveryChartIsDrawnInTheBrowser() throws Exception {
        Path db = dir.resolve("store.duckdb");
        try (Store s = Store.open(db)) {
            StoreFixture.fill(s);
        }
        Path out = dir.resolve("reports");
        Run r = run("report", "--db", db.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path html = out.resolve("russia-china-2001.html");
        HeadlessChromium.assumeInstalled();
        try (HeadlessChromium browser = HeadlessChromium.start(1280, 2400)) {
            browser.driver().get(html.toUri().toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> "complete".equals(
                    browser.driver().executeScript("return document.readyState")));
            @SuppressWarnings("unchecked")
            Map<String, Object> shapes = (Map<String, Object>) browser.driver().executeScript("""
                    const out = {};
                    for (const f of document.querySelectorAll('figure.chart')) {
                      const svg = f.querySelector('svg');
                      const box = svg ? svg.getBoundingClientRect() : null;
                      out[f.id] = svg && box.width > 300 && box.height > 100
                          ? svg.querySelectorAll('path, rect, line, polyline, polygon, circle, ellipse').length : 0;
                    }
                    return out;""");
            // the fixture has no ATOP alliances: section 8's survival chart is a note saying what to load
            // (SurvivalFigureTest draws it from the shared data)
            assertThat(shapes.remove("figure-survival")).isEqualTo(0L);
            assertThat(browser.driver().findElement(By.id("figure-survival")).getText())
                    .contains("ATOP alliances is not loaded", "entente data update");
            assertThat(shapes).containsOnlyKeys("figure-arms", "figure-trade", "figure-barometer", "figure-threats",
                    "figure-ach", "figure-cinc");
            shapes.forEach((id, n) -> assertThat(((Number) n).intValue()).as("shapes drawn in %s", id).isGreaterThan(20));
            // nothing was fetched: the only resources are the page itself
            Object requests = browser.driver().executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat((List<?>) requests).isEmpty();
            String text = browser.driver().findElement(By.id("figure-arms")).getText();
            assertThat(text).contains("1995").doesNotContain("1,995");
            browser.screenshot(Path.of("target/screenshots/report.png"));
        }
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("report", "RUS", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("report", "RUS", "RUS", "--year", "2000", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("report", "RUS", "CHN", "--out", dir.toString(), "--db", dir.resolve("x.duckdb").toString())
                .exit()).isEqualTo(2);
        assertThat(run("report").exit()).isEqualTo(2);
    }
}
