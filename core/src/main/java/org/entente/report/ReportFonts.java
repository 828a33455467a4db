package org.entente.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The DejaVu Sans faces that charts and PDFs use. They ship inside a Maven artifact (the
 * JasperReports font extension), so Cyrillic, Greek, Arabic or Hebrew names render the same on
 * every machine, whatever fonts the system has. CJK is outside DejaVu's coverage, so PDFs fall back
 * to a CJK font of the system's where there is one ({@link #cjkFallback()}).
 */
public final class ReportFonts {

    /** The family name as the TTF declares it: CSS and SVG refer to it by this name. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    public static final String REGULAR = DIR + "DejaVuSans.ttf";
    public static final String BOLD = DIR + "DejaVuSans-Bold.ttf";

    private static volatile Font regular;
    private static volatile Font bold;

    /**
     * Where a CJK-capable TrueType font may be: {@code ENTENTE_CJK_FONT}, then Debian's
     * {@code fonts-droid-fallback} (which .ci/run installs). No Maven artifact ships one, and a CJK
     * font is too large to carry in the jar.
     */
    static final List<String> CJK_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf");

    private ReportFonts() {}

    /** A TrueType font with Chinese, Japanese and Korean glyphs on this machine, if any. */
    public static Optional<Path> cjkFallback() {
        String env = System.getenv("ENTENTE_CJK_FONT");
        if (env != null && !env.isBlank() && Files.isReadable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return CJK_CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    /** Opens one of the TTFs ({@link #REGULAR}, {@link #BOLD}) as a stream. */
    public static InputStream open(String resource) {
        InputStream in = ReportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the class path (jasperreports-fonts)");
        }
        return in;
    }

    /** The regular face at {@code size} points. */
    public static Font regular(float size) {
        load();
        return regular.deriveFont(size);
    }

    /** The bold face at {@code size} points. */
    public static Font bold(float size) {
        load();
        return bold.deriveFont(size);
    }

    private static synchronized void load() {
        if (regular != null) {
            return;
        }
        bold = create(BOLD);
        regular = create(REGULAR);
    }

    private static Font create(String resource) {
        try (InputStream in = open(resource)) {
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            // registered so that Batik, which draws the SVG charts into PDFs, finds the family by name
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        }
    }
}
