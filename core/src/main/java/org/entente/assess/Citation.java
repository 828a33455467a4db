package org.entente.assess;

/**
 * A bibliography entry of the assessment: a case source ({@code kind} paper, memo, dataset, other;
 * {@code locator} its note or section) or a loaded dataset ({@code kind} "store"), under the id its
 * {@link SourceRef}s use ("paper-n35", "dataset 3").
 */
public record Citation(String id, String kind, String citation, String locator) {

    /** The citation with its locator. */
    public String text() {
        return citation + (locator == null || locator.isBlank() ? "" : ", " + locator);
    }
}
