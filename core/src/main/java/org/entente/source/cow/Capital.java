package org.entente.source.cow;

import java.time.LocalDate;

/** A state's capital over a period, with its coordinates in decimal degrees. */
public record Capital(int ccode, String statenme, String capital, LocalDate start, LocalDate end, double lat, double lon) {}
