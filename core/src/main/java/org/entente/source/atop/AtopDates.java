package org.entente.source.atop;

/**
 * A begin or end date as ATOP codes it: year, month and day as separate integers. An end date of
 * year 0 means the alliance (or membership) was still in effect on 31 December 2018; a missing
 * day is null (the codebook: "If an exact day ... cannot be identified, DAYENT is coded as
 * missing").
 */
public record AtopDates(Integer year, Integer month, Integer day) {}
