package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.entente.model.Case;
import org.entente.data.StoreData;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A whole report, HTML and PDF, from a case file full of markup and a store filled by hand: the
 * text stays text, every chart is drawn, and the PDF's pages carry ink.
 */
class ReportTest {

    static final Path HOSTILE = Path.of("src/test/resources/org/entente/report/hostile-case.yaml");

    @TempDir
    static Path dir;
    static Reports.Written written;
    static String html;

    @BeforeAll
    static void writeReport() throws Exception {
        Case c = CaseReader.read(HOSTILE);
        try (Store store = Store.inMemory()) {
            StoreFixture.fill(store);
            ReportDocument doc = ReportBuilder.build(SampleAssessment.of(c), c, new StoreData(store), "Entente test");
            written = Reports.write(doc, dir);
        }
        html = Files.readString(written.html(), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void keepForInspection() throws Exception {
        Path out = Path.of("target/report-test");
        Files.createDirectories(out);
        Files.copy(written.html(), out.resolve("hostile-case.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(written.pdf(), out.resolve("hostile-case.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void bothFilesAreNamedAfterTheCase() {
        assertThat(written.html().getFileName()).hasToString("hostile-case.html");
        assertThat(written.pdf().getFileName()).hasToString("hostile-case.pdf");
        assertThat(written.html().getParent()).isEqualTo(written.pdf().getParent());
    }

    @Test
    void markupInTheCaseIsShownAsText() {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<i>Zemin").doesNotContain("<b>1</b>");
        assertThat(html).contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(2)&gt;", "Jiang &lt;i&gt;Zemin");
        // in the verdict, a table cell, the bibliography, the chart text (threat issue, hypothesis)
        assertThat(html).contains("Shared threat &lt;script&gt;", "Invented source &lt;script&gt;",
                "NATO &lt;script&gt;alert(");
    }

    @Test
    void theHtmlIsSelfContainedAndWellFormed() throws Exception {
        Document d = xml(html);
        // nothing to fetch: no external script, stylesheet, image or font reference
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("url(http");
        assertThat(d.getElementsByTagName("link").getLength()).isZero();
        assertThat(html).contains("@font-face", "data:font/ttf;base64,");
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("html");
    }

    @Test
    void everyChartIsDrawnWithData() throws Exception {
        Document d = xml(html);
        NodeList figures = d.getElementsByTagName("figure");
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            if (f.getElementsByTagName("svg").getLength() == 1 && Integer.parseInt(f.getAttribute("data-points")) > 0) {
                drawn.add(f.getAttribute("id"));
            }
        }
        assertThat(drawn).containsExactlyInAnyOrder("figure-arms", "figure-trade", "figure-barometer",
                "figure-threats", "figure-ach", "figure-cinc");
        // years on the arms chart's axis print as years
        Element arms = d.getElementById("figure-arms");
        assertThat(arms == null ? html : arms.getTextContent()).contains("1995");
        assertThat(html).doesNotContain(">1,995<").doesNotContain(">1.995<");
    }

    /** pdftoppm and pdftotext come with Debian's poppler-utils, which .ci/run installs. */
    static void assumePoppler() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm"))
                && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "skipped: pdftoppm/pdftotext (Debian's poppler-utils) are not installed; .ci/run installs them");
    }

    @Test
    void nonLatinNamesAreInBothFiles() throws Exception {
        assertThat(html).contains("Борис Ельцин", "Ελληνικά");
        assumePoppler();
        String text = pdfText(written.pdf());
        assertThat(text).contains("Борис Ельцин").contains("Ελληνικά");
    }

    @Test
    void pdfPagesAreNotBlank() throws Exception {
        assumePoppler();
        Path pages = Files.createTempDirectory(dir, "pages");
        Process p = new ProcessBuilder("pdftoppm", "-r", "40", "-png", written.pdf().toString(),
                pages.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        File[] pngs = pages.toFile().listFiles((x, n) -> n.endsWith(".png"));
        assertThat(pngs).hasSizeGreaterThanOrEqualTo(3);
        for (File png : pngs) {
            BufferedImage img = ImageIO.read(png);
            assertThat(inkShare(img)).as("share of non-white pixels on %s", png.getName()).isGreaterThan(0.005);
        }
    }

    /** The share of pixels that are not (nearly) white. */
    static double inkShare(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 235 || g < 235 || b < 235) {
                    ink++;
                }
            }
        }
        return ink / (double) (img.getWidth() * img.getHeight());
    }

    static String pdfText(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                e.setIdAttribute("id", true);
            }
        }
        return d;
    }
}
