package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {

    @TempDir Path dir;

    @Test
    void chineseNamesRenderInThePdfWhenACjkFontIsInstalled() throws Exception {
        assumeTrue(ReportFonts.cjkFallback().isPresent(),
                "skipped: no CJK font (Debian's fonts-droid-fallback, which .ci/run installs)");
        ReportTest.assumePoppler();
        String xhtml = "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>"
                + "<body><p>Jiang Zemin 江泽民, Борис Ельцин</p></body></html>";
        Path pdf = dir.resolve("cjk.pdf");
        Files.write(pdf, PdfReport.render(xhtml));
        // pdftotext reads the glyphs back only if a font with them was embedded
        assertThat(ReportTest.pdfText(pdf)).contains("江泽民").contains("Борис Ельцин");
    }
}
