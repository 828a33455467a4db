package org.entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a report as {@code <id>.html} and {@code <id>.pdf} into one directory. */
public final class Reports {

    /** The two files written. */
    public record Written(Path html, Path pdf) {}

    /** Characters the HTML's embedded font always covers, beyond those the page uses. */
    private static final String ALWAYS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…·×→";

    private Reports() {}

    /** The HTML for a browser: the page with DejaVu Sans embedded, cut to the characters it uses. */
    public static String html(ReportDocument doc) {
        String plain = HtmlReport.render(doc, "");
        return HtmlReport.render(doc, FontSubset.css(plain + ALWAYS));
    }

    public static Written write(ReportDocument doc, Path dir) throws IOException {
        ReportFiles files = new ReportFiles(dir);
        String html = html(doc);
        Path h = files.write(doc.id(), ".html", html.getBytes(StandardCharsets.UTF_8));
        // the PDF renderer embeds the full fonts itself; it reads the page without the CSS font
        byte[] pdf = PdfReport.render(HtmlReport.render(doc, ""));
        Path p = files.write(doc.id(), ".pdf", pdf);
        return new Written(h, p);
    }
}
