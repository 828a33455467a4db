package org.entente.source.cow;

import java.time.LocalDate;

/** A period in which COW counts a state as a major power (majors2016). */
public record MajorPowerSpell(int ccode, String stateabb, LocalDate start, LocalDate end, String version) {}
