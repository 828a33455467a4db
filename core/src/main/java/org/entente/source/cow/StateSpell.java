package org.entente.source.cow;

import java.time.LocalDate;

/** A spell of membership in the COW state system (states2016): one state, one continuous period. */
public record StateSpell(int ccode, String stateabb, String statenme, LocalDate start, LocalDate end, String version) {}
