package org.entente.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.entente.measure.survival.SurvivalCurve;
import org.entente.report.ReportFonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationStepRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Survival curves as step functions: Kaplan-Meier estimates with their 95% bands (shaded), and
 * optionally predicted curves of a Cox model drawn as dashed steps over them.
 */
public final class SurvivalChart {

    /** A predicted curve: survival at each time (both arrays ascending, starting at time 0). */
    public record Predicted(String label, double[] times, double[] survival) {}

    private SurvivalChart() {}

    public static JFreeChart curves(String title, List<SurvivalCurve> curves, List<Predicted> predicted, double maxYears) {
        YIntervalSeriesCollection km = new YIntervalSeriesCollection();
        for (SurvivalCurve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label() + " (n " + c.n() + ")", false, true);
            s.add(0, 1, 1, 1);
            for (SurvivalCurve.Step st : c.steps()) {
                if (st.time() > maxYears) {
                    break;
                }
                double lo = st.lower() == null ? st.survival() : st.lower();
                double hi = st.upper() == null ? st.survival() : st.upper();
                s.add(st.time(), st.survival(), lo, hi);
            }
            if (!c.steps().isEmpty()) {
                SurvivalCurve.Step last = c.steps().get(c.steps().size() - 1);
                double end = Math.min(maxYears, last.time());
                double lo = last.lower() == null ? last.survival() : last.lower();
                double hi = last.upper() == null ? last.survival() : last.upper();
                s.add(end, c.survivalAt(end), lo, hi);
            }
            km.addSeries(s);
        }
        NumberAxis years = new NumberAxis("years since the alliance began");
        years.setRange(0, maxYears);
        NumberAxis share = new NumberAxis("share still in effect");
        share.setRange(0, 1.0);
        DeviationStepRenderer r = new DeviationStepRenderer();
        r.setAlpha(0.15f);
        r.setDefaultShapesVisible(false);
        XYPlot plot = new XYPlot(km, years, share, r);
        for (int i = 0; i < curves.size(); i++) {
            Paint p = ChartStyle.PALETTE[i % ChartStyle.PALETTE.length];
            r.setSeriesPaint(i, p);
            r.setSeriesFillPaint(i, p);
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        XYStepRenderer dashed = new XYStepRenderer();
        if (predicted != null && !predicted.isEmpty()) {
            XYSeriesCollection lines = new XYSeriesCollection();
            for (int i = 0; i < predicted.size(); i++) {
                Predicted p = predicted.get(i);
                XYSeries s = new XYSeries(p.label(), false, true);
                for (int k = 0; k < p.times().length && p.times()[k] <= maxYears; k++) {
                    s.add(p.times()[k], p.survival()[k]);
                }
                lines.addSeries(s);
            }
            plot.setDataset(1, lines);
            plot.setRenderer(1, dashed);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ReportFonts.bold(13f), plot, true);
        ChartStyle.apply(chart);
        // the theme resets series colours; set them again
        for (int i = 0; i < curves.size(); i++) {
            Paint p = ChartStyle.PALETTE[i % ChartStyle.PALETTE.length];
            r.setSeriesPaint(i, p);
            r.setSeriesFillPaint(i, p);
        }
        for (int i = 0; predicted != null && i < predicted.size(); i++) {
            dashed.setSeriesPaint(i, i == 0 ? Color.BLACK : ChartStyle.PALETTE[(curves.size() + i) % ChartStyle.PALETTE.length]);
            dashed.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        chart.getTitle().setFont(ReportFonts.bold(13f));
        years.setTickLabelFont(ReportFonts.regular(10f));
        share.setTickLabelFont(ReportFonts.regular(10f));
        return chart;
    }
}
