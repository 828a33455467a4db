package org.entente.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans faces that charts and PDFs use. They ship inside a Maven artifact (the
 * JasperReports font extension), so Cyrillic, Greek, Arabic or Hebrew names render the same on
 * every machine, whatever fonts the system has. CJK is outside DejaVu's coverage.
 */
public final class ReportFonts {

    /** The family name as the TTF declares it: CSS and SVG refer to it by this name. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    public static final String REGULAR = DIR + "DejaVuSans.ttf";
    public static final String BOLD = DIR + "DejaVuSans-Bold.ttf";

    private static volatile Font regular;
    private static volatile Font bold;

    private ReportFonts() {}

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
