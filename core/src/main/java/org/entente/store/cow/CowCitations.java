package org.entente.store.cow;

/** How to cite each COW dataset, as the COW project asks. */
final class CowCitations {

    private CowCitations() {}

    static final String STATE_SYSTEM = "Correlates of War Project. 2017. State System Membership List, v2016. "
            + "Online, https://correlatesofwar.org/.";

    static final String PEACESCIENCER = "Miller, Steven V. 2022. peacesciencer: An R Package for Quantitative "
            + "Peace Science Research. Conflict Management and Peace Science 39(6).";

    static String nmc(String version) {
        return "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. Capability Distribution, Uncertainty, "
                + "and Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers. Beverly Hills: "
                + "Sage. Singer, J. David. 1987. Reconstructing the Correlates of War Dataset on Material "
                + "Capabilities of States, 1816-1985. International Interactions 14: 115-132. Data: Correlates of "
                + "War Project, National Material Capabilities" + (version == null ? "" : " v" + version) + ".";
    }

    static String trade(String version) {
        return "Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set "
                + "Codebook, Version " + (version == null ? "4.0" : version) + ". Online, https://correlatesofwar.org/. "
                + "Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. Trading Data: Evaluating our "
                + "Assumptions and Coding Rules. Conflict Management and Peace Science 26(5): 471-491.";
    }

    static String contiguity(String version) {
        return "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002. "
                + "The Correlates of War Project Direct Contiguity Data, Version 3.0. Conflict Management and Peace "
                + "Science 19(2). Data: Correlates of War Project, Direct Contiguity"
                + (version == null ? "" : " v" + version) + ".";
    }

    static String alliances(String version) {
        return "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. Washington DC: CQ Press. "
                + "Data: Correlates of War Project, Formal Alliances" + (version == null ? "" : " v" + version) + ".";
    }
}
