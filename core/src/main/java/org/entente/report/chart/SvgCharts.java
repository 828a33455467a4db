package org.entente.report.chart;

import java.awt.Rectangle;

import org.entente.report.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as an SVG element with real text (JFreeSVG writes {@code <text>} and escapes it).
 * Each SVG gets its own id prefix, so several charts inline in one page share no ids.
 */
public final class SvgCharts {

    /**
     * Families a browser tries for the chart text; DejaVu Sans is the one PDFs embed. Double quotes:
     * JFreeSVG writes attributes in single quotes.
     */
    static final String FONT_STACK = "\"" + ReportFonts.FAMILY + "\", \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif";

    private SvgCharts() {}

    public static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> ReportFonts.FAMILY.equals(family) ? FONT_STACK : family);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    }
}
