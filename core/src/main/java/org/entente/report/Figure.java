package org.entente.report;

import java.util.List;

/**
 * A chart of the report, placed in assessment section {@code section}. {@code svg} is the drawn
 * chart, or null when there is nothing to draw; {@code missing} then says what data would fill it.
 * {@code dataPoints} counts the values drawn, and {@code sources} lists where they came from.
 */
public record Figure(String id, int section, String title, String caption, String svg, int dataPoints,
        String missing, List<String> sources) {

    public Figure {
        sources = List.copyOf(sources);
    }

    public static Figure drawn(String id, int section, String title, String caption, String svg, int dataPoints,
            List<String> sources) {
        return new Figure(id, section, title, caption, svg, dataPoints, null, sources);
    }

    public static Figure missing(String id, int section, String title, String missing) {
        return new Figure(id, section, title, null, null, 0, missing, List.of());
    }

    public boolean isDrawn() {
        return svg != null;
    }
}
