package org.entente.source.cow;

/** A state that is a member of the COW state system in a year (system2016). */
public record StateYear(int ccode, String stateabb, int year, String version) {}
