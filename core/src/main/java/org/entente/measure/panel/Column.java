package org.entente.measure.panel;

import java.util.List;

/**
 * One column of a panel as the data dictionary describes it.
 *
 * @param name column name in the output
 * @param type SQL type of the values
 * @param unit unit or scale of the values
 * @param meaning what a value says, including what an empty cell means
 * @param sources the data it comes from
 */
public record Column(String name, String type, String unit, String meaning, List<Source> sources) {}
