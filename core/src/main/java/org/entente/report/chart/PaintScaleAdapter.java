package org.entente.report.chart;

import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/** A {@link ColourScale} as JFreeChart's block renderer wants it. */
final class PaintScaleAdapter implements PaintScale {

    private final ColourScale scale;

    PaintScaleAdapter(ColourScale scale) {
        this.scale = scale;
    }

    @Override
    public double getLowerBound() {
        return scale.steps().get(0).from();
    }

    @Override
    public double getUpperBound() {
        return scale.steps().get(scale.steps().size() - 1).from();
    }

    @Override
    public Paint getPaint(double value) {
        return scale.colour(value);
    }
}
