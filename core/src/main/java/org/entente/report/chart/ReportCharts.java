package org.entente.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;

import org.entente.report.ReportFonts;
import org.entente.report.data.YearSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts, built as JFreeChart objects from plain series and matrices; {@link SvgCharts}
 * turns them into SVG. Years on every time axis are printed as years.
 */
public final class ReportCharts {

    private ReportCharts() {}

    /** Deliveries as bars (left axis) and a share in percent as a line (right axis). */
    public static JFreeChart armsTransfers(String title, List<YearSeries> deliveries, YearSeries sharePercent,
            int fromYear, int toYear) {
        XYSeriesCollection bars = new XYSeriesCollection();
        for (YearSeries s : deliveries) {
            bars.addSeries(xy(s));
        }
        bars.setIntervalWidth(0.8);
        NumberAxis tiv = new NumberAxis(deliveries.isEmpty() ? "" : deliveries.get(0).unit());
        ClusteredXYBarRenderer barRenderer = new ClusteredXYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        XYPlot plot = new XYPlot(bars, ChartStyle.yearAxis("year", fromYear - 0.5, toYear + 0.5), tiv, barRenderer);
        if (sharePercent != null && !sharePercent.isEmpty()) {
            NumberAxis pct = new NumberAxis("% of supplier's arms exports");
            pct.setNumberFormatOverride(new DecimalFormat("0'%'"));
            pct.setAutoRangeIncludesZero(true);
            plot.setRangeAxis(1, pct);
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.setDataset(1, new XYSeriesCollection(xy(sharePercent)));
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer line = lineRenderer(true);
            plot.setRenderer(1, line);
        }
        return finish(title, plot, true);
    }

    /** One line per series; {@code markers} are drawn as unconnected points (e.g. figures a source gives). */
    public static JFreeChart yearLines(String title, String valueLabel, List<YearSeries> lines, List<YearSeries> markers,
            int fromYear, int toYear, NumberFormat valueFormat) {
        XYSeriesCollection data = new XYSeriesCollection();
        lines.forEach(s -> data.addSeries(xy(s)));
        NumberAxis values = new NumberAxis(valueLabel);
        if (valueFormat != null) {
            values.setNumberFormatOverride(valueFormat);
        }
        XYLineAndShapeRenderer renderer = lineRenderer(true);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis("year", fromYear - 0.5, toYear + 0.5), values, renderer);
        if (markers != null && !markers.isEmpty()) {
            XYSeriesCollection points = new XYSeriesCollection();
            markers.forEach(s -> points.addSeries(xy(s)));
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            for (int i = 0; i < markers.size(); i++) {
                dots.setSeriesShape(i, new Rectangle2D.Double(-4, -4, 8, 8));
            }
            plot.setDataset(1, points);
            plot.setRenderer(1, dots);
        }
        return finish(title, plot, true);
    }

    /**
     * Summits by date against the barometer's ordinal levels, each point tagged (a number keyed to
     * the table beside the chart).
     */
    public static JFreeChart barometer(String title, List<BarometerPoint> points, List<String> levelNames,
            int fromYear, int toYear) {
        XYSeries s = new XYSeries("level", true, true);
        points.forEach(p -> s.add(p.time(), p.level()));
        SymbolAxis levels = new SymbolAxis("", levelNames.toArray(String[]::new));
        levels.setTickLabelFont(ReportFonts.regular(9f));
        levels.setRange(-0.5, levelNames.size() - 0.5);
        levels.setGridBandsVisible(false);
        XYLineAndShapeRenderer renderer = lineRenderer(true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s),
                ChartStyle.yearAxis("year", fromYear - 0.5, toYear + 1), levels, renderer);
        for (BarometerPoint p : points) {
            XYTextAnnotation tag = new XYTextAnnotation(p.tag(), p.time(), p.level() + 0.22);
            tag.setFont(ReportFonts.regular(9f));
            tag.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(tag);
        }
        return finish(title, plot, false);
    }

    /** A matrix of coloured cells with their text, rows top to bottom in the order given. */
    public static JFreeChart heatmap(String title, Heatmap h, ColourScale scale, String columnLabel, String rowLabel) {
        int nr = h.rows().size();
        int nc = h.columns().size();
        DefaultXYZDataset data = new DefaultXYZDataset();
        int cells = 0;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (h.values()[r][c] != null) {
                    cells++;
                }
            }
        }
        double[][] xyz = new double[3][cells];
        int k = 0;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                Double v = h.values()[r][c];
                if (v != null) {
                    xyz[0][k] = c;
                    xyz[1][k] = nr - 1 - r; // first row at the top
                    xyz[2][k] = v;
                    k++;
                }
            }
        }
        data.addSeries("cells", xyz);
        SymbolAxis x = new SymbolAxis(columnLabel, h.columns().toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setTickLabelFont(ReportFonts.regular(10f));
        String[] rowNames = new String[nr];
        for (int r = 0; r < nr; r++) {
            rowNames[nr - 1 - r] = h.rows().get(r);
        }
        SymbolAxis y = new SymbolAxis(rowLabel, rowNames);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(ReportFonts.regular(9f));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new PaintScaleAdapter(scale));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                String text = h.cells()[r][c];
                if (text != null && !text.isEmpty()) {
                    XYTextAnnotation a = new XYTextAnnotation(text, c, nr - 1 - r);
                    a.setFont(ReportFonts.regular(nc > 6 ? 8f : 9.5f));
                    a.setPaint(Color.BLACK);
                    plot.addAnnotation(a);
                }
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (ColourScale.Step step : scale.steps()) {
            LegendItem item = new LegendItem(step.label(), step.colour());
            item.setShape(new Rectangle2D.Double(-5, -5, 10, 10));
            legend.add(item);
        }
        plot.setFixedLegendItems(legend);
        return finish(title, plot, true);
    }

    private static XYSeries xy(YearSeries s) {
        XYSeries xy = new XYSeries(s.label(), true, false);
        s.points().forEach(p -> xy.add(p.year(), p.value()));
        return xy;
    }

    private static XYLineAndShapeRenderer lineRenderer(boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        return r;
    }

    private static JFreeChart finish(String title, XYPlot plot, boolean legend) {
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.thinLines(plot);
        JFreeChart chart = new JFreeChart(title, ReportFonts.bold(13f), plot, legend);
        ChartStyle.apply(chart);
        ChartStyle.colourSeries(plot);
        TextTitle t = chart.getTitle();
        t.setFont(ReportFonts.bold(13f));
        // the theme resets axis fonts; keep the embedded family throughout
        Font small = ReportFonts.regular(10f);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            if (plot.getDomainAxis(i) != null) {
                plot.getDomainAxis(i).setTickLabelFont(small);
            }
        }
        return chart;
    }
}
