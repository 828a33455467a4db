package org.entente.assess;

/**
 * Data a section could use but does not have: the dataset family, what the section does without
 * it, and why it is missing, in one of three words ({@link StoreView#gap}): not loaded (with
 * what it would add and where its publisher offers it), outside the years it covers, or loaded
 * but with no rows for the pair and span.
 */
public record DataGap(String dataset, String effect, String reason) {

    public String text() {
        return reason + " (" + effect + ")";
    }
}
