package org.entente.report.chart;

import java.awt.Color;
import java.util.List;

/** Discrete colour steps for heatmap values: each value takes the colour of the highest step at or below it. */
public record ColourScale(List<Step> steps) {

    public record Step(double from, Color colour, String label) {}

    /** Threat intensity 0 none .. 3 high (the case files' scale): white to dark red. */
    public static ColourScale intensity() {
        return new ColourScale(List.of(
                new Step(0, new Color(0xF7F7F7), "0 none"),
                new Step(1, new Color(0xFDD0A2), "1 low"),
                new Step(2, new Color(0xFD8D3C), "2 moderate"),
                new Step(3, new Color(0xD94701), "3 high")));
    }

    /** Heuer's ratings mapped to -2 (very inconsistent) .. +2 (very consistent): red to green. */
    public static ColourScale consistency() {
        return new ColourScale(List.of(
                new Step(-2, new Color(0xD7301F), "II very inconsistent"),
                new Step(-1, new Color(0xFC8D59), "I inconsistent"),
                new Step(0, new Color(0xF0F0F0), "N neutral"),
                new Step(1, new Color(0xA1D99B), "C consistent"),
                new Step(2, new Color(0x31A354), "CC very consistent")));
    }

    public Color colour(double value) {
        Color c = steps.get(0).colour();
        for (Step s : steps) {
            if (value >= s.from()) {
                c = s.colour();
            }
        }
        return c;
    }
}
