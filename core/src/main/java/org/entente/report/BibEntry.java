package org.entente.report;

/** A bibliography line: the id the report's source references use, what kind of source, the citation. */
public record BibEntry(String id, String kind, String citation, String locator) {}
