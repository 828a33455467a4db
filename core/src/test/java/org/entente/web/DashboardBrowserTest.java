package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, as a user sees it: for Russia–China the page loads, every
 * chart is drawn with data, and a screenshot lands in target/screenshots; a case full of markup
 * shows it as text and runs none of it.
 */
@Timeout(300)
class DashboardBrowserTest {

    static DashboardFixture fixture;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        fixture = new DashboardFixture();
        browser = HeadlessChromium.start(1400, 2600);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(String query) {
        browser.driver().get(fixture.url("/" + query));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private Object js(String script) {
        return browser.driver().executeScript(script);
    }

    /** Points in a chart's datasets, and canvas pixels that are painted, as Chart.js drew them. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String id) {
        return (Map<String, Object>) js("""
                const canvas = document.getElementById('chart-' + arguments[0]);
                const chart = Chart.getChart(canvas);
                const points = chart.data.datasets.reduce((s, d) => s + d.data.length, 0);
                const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < img.length; i += 4) { if (img[i] > 0) painted++; }
                return { points: points, painted: painted, xTicks: chart.scales.x.ticks.map(t => String(t.label)) };
                """.replace("arguments[0]", "'" + id + "'"));
    }

    @Test
    void russiaChinaLoadsWithEveryChartDrawn() throws Exception {
        open("?a=RUS&b=CHN&from=1989&to=2001&case=russia-china-2001");
        assertThat(browser.driver().getTitle()).isEqualTo("Entente dashboard");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEmpty();
        assertThat(browser.driver().findElement(By.id("pair-title")).getText())
                .isEqualTo("Russia (RUS) and China (CHN), 1989–2001");
        for (String id : List.of("arms", "trade", "cinc", "barometer")) {
            Map<String, Object> c = chart(id);
            assertThat(((Number) c.get("points")).intValue()).as("data points in %s", id).isGreaterThan(3);
            assertThat(((Number) c.get("painted")).intValue()).as("painted pixels in %s", id).isGreaterThan(2000);
        }
        // arms: 13 years of Russian deliveries to China and 13 shares (StoreFixture), no Chinese deliveries
        assertThat(((Number) chart("arms").get("points")).intValue()).isEqualTo(26);
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) chart("arms").get("xTicks");
        assertThat(ticks).contains("1989", "1995", "2001").noneMatch(t -> t.contains(",") || t.contains("."));
        // the case: timeline, threat matrix and ACH matrix are filled
        assertThat(browser.driver().findElements(By.cssSelector("#timeline tbody tr")).size()).isGreaterThan(20);
        assertThat(browser.driver().findElements(By.cssSelector("#threats tbody tr")).size()).isGreaterThan(5);
        assertThat(browser.driver().findElements(By.cssSelector("#ach tbody tr")).size()).isGreaterThan(10);
        assertThat(browser.driver().findElements(By.cssSelector("#ach thead th")).size()).isEqualTo(3 + 4);
        assertThat(browser.driver().findElement(By.id("datasets")).getText()).contains("Barbieri and Keshk 2016");
        Path png = browser.screenshot(Path.of("target/screenshots/dashboard.png"));
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }

    @Test
    void clickingABarometerPointFindsTheSummitInTheTimeline() {
        open("?a=RUS&b=CHN&from=1989&to=2001&case=russia-china-2001");
        js("""
                const chart = Chart.getChart(document.getElementById('chart-barometer'));
                const meta = chart.getDatasetMeta(0).data[0];
                const rect = chart.canvas.getBoundingClientRect();
                chart.canvas.dispatchEvent(new MouseEvent('click', { clientX: rect.left + meta.x, clientY: rect.top + meta.y, bubbles: true }));
                """);
        // the click handler runs after Chart.js's own event processing: wait for it rather than race it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("#timeline tbody tr.highlight")).isEmpty());
        List<?> highlighted = browser.driver().findElements(By.cssSelector("#timeline tbody tr.highlight"));
        assertThat(highlighted).hasSize(1);
    }

    @Test
    void markupInACaseFileIsShownAsTextAndNeverRuns() {
        open("?a=RUS&b=CHN&from=1992&to=1997&case=hostile-case");
        assertThat(browser.driver().findElement(By.id("case-title")).getText())
                .isEqualTo("Hostile <script>alert('title')</script> case (hostile-case)");
        assertThat(browser.driver().findElement(By.id("case-summary")).getText())
                .contains("<script>window.__pwned = 1</script>", "<img src=x onerror=alert(2)>");
        String timeline = browser.driver().findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Beijing <script>alert('place')</script>", "Jiang <i>Zemin</i>",
                "Su-27 <script>alert('deal')</script>");
        assertThat(browser.driver().findElement(By.id("ach")).getText()).contains("Evidence <script>alert('ev')</script>");
        assertThat(browser.driver().findElement(By.id("threats")).getText()).contains("NATO <script>alert('threat')</script>");
        assertThat(browser.driver().findElement(By.id("case-sources")).getText())
                .contains("Invented source <script>alert('bib')</script>");
        // nothing from the case became markup or ran
        assertThat(js("return document.scripts.length")).isEqualTo(2L);
        assertThat(js("return document.images.length")).isEqualTo(0L);
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.driver().findElements(By.cssSelector("main i, main b"))).isEmpty();
        boolean alert;
        try {
            browser.driver().switchTo().alert();
            alert = true;
        } catch (NoAlertPresentException e) {
            alert = false;
        }
        assertThat(alert).as("an alert opened").isFalse();
        // the barometer tooltips and labels are canvas text: the chart still drew the three summits
        assertThat(((Number) chart("barometer").get("points")).intValue()).isEqualTo(3);
    }
}
