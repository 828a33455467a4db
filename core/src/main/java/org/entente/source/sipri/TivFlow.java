package org.entente.source.sipri;

/**
 * One cell of a SIPRI TIV table: the TIV of the arms a supplier delivered to a recipient in a
 * year, in millions; 0 means more than nothing but under 0.5 million. Blank cells (no
 * deliveries) yield no flow.
 */
public record TivFlow(long line, String supplier, String recipient, int year, double tiv) {}
