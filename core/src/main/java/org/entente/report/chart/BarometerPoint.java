package org.entente.report.chart;

/**
 * One summit on the rhetoric-barometer timeline: its time as a fractional year (1996.29 for April
 * 1996), its level on the ordinal scale, and the short tag written beside the point.
 */
public record BarometerPoint(double time, int level, String tag) {}
