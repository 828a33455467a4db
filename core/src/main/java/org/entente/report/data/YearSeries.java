package org.entente.report.data;

import java.util.List;

/**
 * A quantity by year for a chart or an API answer: {@code unit} as readers see it ("TIV million",
 * "percent", "current US$ million"), the datasets it was read from, and a {@code basis} line saying
 * which table and rule produced it.
 */
public record YearSeries(String key, String label, String unit, List<Point> points, List<Integer> datasets,
        String basis) {

    public YearSeries {
        points = List.copyOf(points);
        datasets = List.copyOf(datasets);
    }

    public record Point(int year, double value) {}

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The value in {@code year}, or null. */
    public Double value(int year) {
        return points.stream().filter(p -> p.year() == year).map(Point::value).findFirst().orElse(null);
    }
}
