package org.entente.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Prints the report's XHTML to PDF with openhtmltopdf: the same page, its SVG charts drawn as
 * vectors by Batik, DejaVu Sans embedded (for the text and the charts), and no resource fetched
 * from anywhere.
 */
public final class PdfReport {

    static {
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new EmbeddedFontMapper());
        // openhtmltopdf logs through java.util.logging at INFO; a CLI prints only what matters
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {}

    private static java.io.InputStream open(java.nio.file.Path font) {
        try {
            return java.nio.file.Files.newInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + font, e);
        }
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withHtmlContent(xhtml, null);
        var uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
        b.useFont(() -> ReportFonts.open(ReportFonts.REGULAR), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true, uses);
        b.useFont(() -> ReportFonts.open(ReportFonts.BOLD), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true, uses);
        // glyphs DejaVu lacks (Chinese, Japanese, Korean names) come from a CJK font, if the system has one
        ReportFonts.cjkFallback().ifPresent(cjk -> b.useFont(() -> open(cjk), "Entente CJK fallback", 400,
                FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL)));
        b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        // a report is self-contained: refuse every external resource (images, CSS, fonts by URL)
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withProducer("Entente");
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
