package org.entente.source.cow;

/**
 * One state-year of National Material Capabilities. Every component is null where the source
 * says missing ({@code -9} in the official files, empty in peacesciencer's); units as published.
 *
 * @param milex thousands of current US$
 * @param milper thousands of military personnel
 * @param irst thousands of tons of iron and steel produced
 * @param pec thousands of coal-ton equivalents of primary energy consumed
 * @param tpop total population, thousands
 * @param upop urban population, thousands
 * @param cinc composite index of national capability, as published
 * @param version the file's version column ({@code 2021} in NMC 6.0), null if it has none
 */
public record Capability(int ccode, int year, Double milex, Double milper, Double irst, Double pec,
        Double tpop, Double upop, Double cinc, String version) {}
