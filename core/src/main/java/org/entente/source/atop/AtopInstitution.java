package org.entente.source.atop;

/**
 * Military institutionalisation of one alliance phase ({@code atopinst5_1.csv}; Leeds and
 * Anac 2005): {@code milinst} and {@code formal} are ordinal codes 0-2 as published, null where
 * missing.
 */
public record AtopInstitution(int atopid, double atopidphase, Integer milinst, Integer formal, String version) {}
