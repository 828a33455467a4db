package org.entente.model;

/**
 * How a deal is paid: shares of the value in hard currency and in barter (0..1, null if the source
 * does not say), whether on credit, and the source's own words in brief.
 */
public record PaymentTerms(Double hardCurrencyShare, Double barterShare, Boolean credit, String note) {}
