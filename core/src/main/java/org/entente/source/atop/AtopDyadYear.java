package org.entente.source.atop;

import java.util.List;

/**
 * A directed dyad-year: the obligations {@code ccode1} has undertaken toward {@code ccode2} in
 * {@code year}. From peacesciencer's file
 * ({@code ccode1,ccode2,year,atop_defense,...,atop_consul}) or ATOP's own directed dyad-year file
 * ({@code statea,stateb,year,...}, which also lists the alliances: {@code number}, {@code atopids}).
 */
public record AtopDyadYear(int ccode1, int ccode2, int year, Obligations obligations, Integer number, List<Integer> atopids,
        String version) {}
