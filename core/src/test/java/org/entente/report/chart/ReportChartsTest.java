package org.entente.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.report.data.YearSeries;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private static YearSeries series(String label, int from, double... values) {
        List<YearSeries.Point> pts = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            pts.add(new YearSeries.Point(from + i, values[i]));
        }
        return new YearSeries(label, label, "TIV million", pts, List.of(1), "test");
    }

    @Test
    void yearAxisPrintsYearsWithoutGroupingSeparators() {
        String svg = SvgCharts.svg(ReportCharts.armsTransfers("Arms",
                List.of(series("RUS deliveries to CHN", 1992, 1000, 1200, 300, 400, 800)),
                series("CHN share", 1992, 40, 50, 20, 25, 30), 1992, 1996), "arms", 800, 400);
        assertThat(texts(svg)).contains("1992", "1994", "1996");
        assertThat(svg).doesNotContain("1,99").doesNotContain("1\u00a099").doesNotContain("1.99");
    }

    @Test
    void textFromDataIsEscapedInsideTheSvg() throws Exception {
        String evil = "<script>alert(1)</script> & \"quoted\"";
        String svg = SvgCharts.svg(ReportCharts.yearLines(evil, "value", List.of(series(evil, 2000, 1, 2, 3)),
                List.of(), 2000, 2002, null), "x", 600, 300);
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        // and the SVG is well-formed XML, so that the PDF renderer can read it inline
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void heatmapWritesEveryCellText() {
        Heatmap h = new Heatmap(List.of("E1", "E2"), List.of("H1", "H2", "H3"),
                new Double[][] {{2.0, -1.0, 0.0}, {-2.0, 1.0, null}},
                new String[][] {{"CC", "I", "N"}, {"II", "C", ""}});
        String svg = SvgCharts.svg(ReportCharts.heatmap("ACH", h, ColourScale.consistency(), "hypothesis", "evidence"),
                "ach", 600, 300);
        assertThat(texts(svg)).contains("CC", "I", "N", "II", "C", "E1", "E2", "H1", "H2", "H3");
        // five coloured cells: the red of "very inconsistent" (#d7301f) is painted once
        assertThat(svg.toLowerCase()).contains("rgb(215,48,31)");
    }

    /** The strings inside the SVG's text elements. */
    static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
