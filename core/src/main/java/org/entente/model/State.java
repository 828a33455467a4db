package org.entente.model;

/** A state as the outputs name it: COW code, COW abbreviation, COW name. */
public record State(int ccode, String abbrev, String name) {}
