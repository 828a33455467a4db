package org.entente.data;

import java.util.List;

/**
 * The families of data the store holds, each with what it adds to an assessment and where its
 * publisher offers it: the one place every "no data" message takes its words from.
 */
public enum DatasetFamily {
    SIPRI_ARMS("SIPRI arms transfers",
            "arms deliveries by year (TIV), each side's share of the other's arms trade, and the deals behind them",
            "https://www.sipri.org/databases/armstransfers", List.of("tiv_flow", "arms_delivery", "arms_deal")),
    ATOP("ATOP alliances",
            "the pair's alliance obligations (defence, offence, neutrality, non-aggression, consultation) by year",
            "http://www.atopdata.org/", List.of("atop_dyad_year", "atop_state_year", "atop_member", "atop_alliance",
                    "atop_alliance_phase", "atop_institution")),
    COW_NMC("COW capabilities (NMC)",
            "CINC, military spending and personnel of the parties and of third states",
            "https://correlatesofwar.org/data-sets/", List.of("capability")),
    COW_TRADE("COW dyadic trade",
            "bilateral trade by year and each side's trade with the world",
            "https://correlatesofwar.org/data-sets/", List.of("trade_flow")),
    COW_GEOGRAPHY("COW contiguity and capitals",
            "borders and capital distances, the proximity factor of the balance of threat",
            "https://correlatesofwar.org/data-sets/", List.of("contiguity", "capital")),
    COW_ALLIANCES("COW formal alliances",
            "Singer and Small's alliance type of the pair by year",
            "https://correlatesofwar.org/data-sets/", List.of("cow_alliance_dyad_year", "cow_alliance_dyad",
                    "cow_alliance_member")),
    COW_STATES("COW state system",
            "which states were members of the state system, and the major powers, by year",
            "https://correlatesofwar.org/data-sets/", List.of("state_year", "state_spell", "major_power")),
    EVENTS("event data (GDELT, ICEWS)",
            "cooperation and conflict between the pair by year, beside the rhetoric barometer",
            "https://www.gdeltproject.org/ (GDELT) or https://dataverse.harvard.edu/dataverse/icews (ICEWS)",
            List.of("event"));

    private final String label;
    private final String adds;
    private final String publisherPage;
    private final List<String> tables;

    DatasetFamily(String label, String adds, String publisherPage, List<String> tables) {
        this.label = label;
        this.adds = adds;
        this.publisherPage = publisherPage;
        this.tables = tables;
    }

    public String label() {
        return label;
    }

    public String adds() {
        return adds;
    }

    public String publisherPage() {
        return publisherPage;
    }

    /** The store tables its files fill. */
    public List<String> tables() {
        return tables;
    }

    /** How to get it, for a "not loaded" message. */
    public String howToLoad() {
        return "run 'entente data update', or import the files its publisher offers at " + publisherPage;
    }

    /** "SIPRI arms transfers is not loaded: it would add ...; run ..." */
    public String notLoaded() {
        return label + " is not loaded: it would add " + adds + "; " + howToLoad();
    }

    /** The family whose files fill {@code table}, or null for tables outside every family (CAMEO codes). */
    public static DatasetFamily ofTable(String table) {
        for (DatasetFamily f : values()) {
            if (f.tables.contains(table)) {
                return f;
            }
        }
        return null;
    }

    /** The family of a dataset kind as the importers record it ({@code cow-nmc}, {@code sipri-tiv}...), or null. */
    public static DatasetFamily ofKind(String kind) {
        if (kind == null) {
            return null;
        }
        if (kind.startsWith("sipri")) {
            return SIPRI_ARMS;
        }
        if (kind.startsWith("atop")) {
            return ATOP;
        }
        if (kind.startsWith("gdelt") || kind.startsWith("icews")) {
            return EVENTS;
        }
        return switch (kind) {
            case "cow-nmc" -> COW_NMC;
            case "cow-trade" -> COW_TRADE;
            case "cow-contiguity", "cow-capitals" -> COW_GEOGRAPHY;
            case "cow-alliance-member", "cow-alliance-dyad", "cow-alliance-dyad-year" -> COW_ALLIANCES;
            case "cow-states", "cow-system", "cow-majors" -> COW_STATES;
            default -> null;
        };
    }
}
