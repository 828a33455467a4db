package org.entente.assess;

/**
 * A bibliography entry of the assessment: a case source ({@code kind} paper, memo, dataset, other)
 * or a loaded dataset ({@code kind} "store"), with the id its {@link SourceRef}s use.
 */
public record Citation(String id, String kind, String text) {}
