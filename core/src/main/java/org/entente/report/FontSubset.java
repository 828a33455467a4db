package org.entente.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * CSS that embeds DejaVu Sans in an HTML page, cut down (with PDFBox's FontBox) to the characters
 * the page uses, so non-Latin names render without a system font and the page stays small.
 */
public final class FontSubset {

    /**
     * The tables a subset keeps. FontBox copies any other table (GSUB, GPOS, GDEF, kern, MATH) as it
     * is, with the full font's glyph ids, which no longer match the subset's: browsers then shaped
     * "hn" and "hk" into nothing ("technology" showed as "tecology"). Without them text is not
     * kerned, and every glyph renders.
     */
    static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca",
            "hmtx", "post", "cvt ", "fpgm", "prep", "gasp");

    private FontSubset() {}

    /** {@code @font-face} rules for the regular and bold faces, covering every code point of {@code text}. */
    public static String css(String text) {
        return face(ReportFonts.REGULAR, 400, text) + face(ReportFonts.BOLD, 700, text);
    }

    private static String face(String resource, int weight, String text) {
        byte[] ttf = subset(resource, text);
        return "@font-face { font-family: '" + ReportFonts.FAMILY + "'; font-weight: " + weight
                + "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(ttf) + ") format('truetype'); }\n";
    }

    static byte[] subset(String resource, String text) {
        try (InputStream in = ReportFonts.open(resource)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try (font) {
                TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
                text.codePoints().distinct().forEach(subsetter::add);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset " + resource, e);
        }
    }
}
