package org.entente.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;

import org.entente.report.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** One look for every chart: the embedded font, a white ground, light grid lines, a fixed palette. */
final class ChartStyle {

    /** Colour-blind-safe palette (Okabe and Ito 2008), in the order series are drawn. */
    static final Paint[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999)
    };

    static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {}

    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("entente");
        theme.setExtraLargeFont(ReportFonts.bold(15f));
        theme.setLargeFont(ReportFonts.bold(12f));
        theme.setRegularFont(ReportFonts.regular(11f));
        theme.setSmallFont(ReportFonts.regular(10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    /**
     * Gives every series of every dataset of the plot the next colour of the palette, across
     * renderers, so bars and a line on a second axis never share a colour. Runs after the theme,
     * which would otherwise reset the colours. Heatmaps are coloured by their scale instead.
     */
    static void colourSeries(XYPlot plot) {
        int k = 0;
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            XYDataset data = plot.getDataset(r);
            if (renderer == null || data == null || renderer instanceof XYBlockRenderer) {
                continue;
            }
            for (int i = 0; i < data.getSeriesCount(); i++) {
                renderer.setSeriesPaint(i, PALETTE[k++ % PALETTE.length]);
            }
        }
    }

    /** An axis of years: whole-year ticks, printed as "1995" (no grouping separator). */
    static NumberAxis yearAxis(String label, double from, double to) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(from, to);
        axis.setLabelFont(ReportFonts.regular(11f));
        axis.setTickLabelFont(ReportFonts.regular(10f));
        return axis;
    }

    static void thinLines(XYPlot plot) {
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    }
}
