package org.entente.model;

import java.util.List;

/**
 * A bilateral trade (or arms-revenue) figure from a source. {@code measure} says what it is:
 * {@code total} (both directions), {@code exports} (from {@code from} to {@code to}), {@code balance}
 * (surplus of {@code from}), {@code target}, {@code arms-revenue}, ...
 */
public record TradeFigure(int year, Integer toYear, String measure, String from, String to,
        double usdMillions, String note, List<String> sources) implements Cited {}
