package org.entente.assess;

/**
 * Data a section could use but the store does not hold: what is missing, what the section does
 * without it, and the command that would load it.
 */
public record DataGap(String dataset, String effect, String importCommand) {

    public String text() {
        return "no data loaded: " + dataset + " (" + effect + "); load it with: " + importCommand;
    }
}
