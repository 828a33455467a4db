package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The HTML report's embedded font. A subset that kept the full font's substitution and positioning
 * tables made browsers drop "hn" and "hk" (seen in Chromium: "technology" as "tecology", "John" as
 * "Jo"); the subset must carry no table that addresses glyphs by the full font's ids.
 */
class FontSubsetTest {

    static final String TEXT = "technology John hk Shanghai Tokhtakhounov Россия Ελλάδα 1,234 – “quoted”";

    @Test
    void theSubsetKeepsNoTableWithTheFullFontsGlyphIds() throws Exception {
        for (String face : new String[] {ReportFonts.REGULAR, ReportFonts.BOLD}) {
            byte[] ttf = FontSubset.subset(face, TEXT);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                assertThat(font.getTableMap().keySet()).as(face)
                        .doesNotContain("GSUB", "GPOS", "GDEF", "kern", "MATH")
                        .contains("glyf", "cmap", "hmtx");
                // every character of the text has a glyph, and 'h', 'n', 'k' are distinct, drawn glyphs
                var cmap = font.getUnicodeCmapLookup();
                TEXT.codePoints().filter(c -> c != ' ').forEach(c ->
                        assertThat(cmap.getGlyphId(c)).as("%s: glyph for %s", face, new String(Character.toChars(c))).isPositive());
                int h = cmap.getGlyphId('h');
                int n = cmap.getGlyphId('n');
                int k = cmap.getGlyphId('k');
                assertThat(new int[] {h, n, k}).doesNotHaveDuplicates();
                for (int g : new int[] {h, n, k}) {
                    assertThat(font.getGlyph().getGlyph(g).getBoundingBox().getWidth()).as("%s glyph %d", face, g).isPositive();
                }
            }
        }
    }
}
