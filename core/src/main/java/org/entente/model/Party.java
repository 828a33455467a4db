package org.entente.model;

/** A state in the case, by its COW code; {@code abbrev} is COW's (RUS, CHN, USA). */
public record Party(int ccode, String abbrev, String name) {}
