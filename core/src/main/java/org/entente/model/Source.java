package org.entente.model;

/**
 * Where a fact comes from. {@code kind}: {@code paper} (a seed paper; {@code locator} is its note
 * number, e.g. "note 12"), {@code memo} ({@code locator} a section), {@code dataset}, {@code other}.
 */
public record Source(String id, String kind, String citation, String locator) {}
