package org.entente.store.atop;

/** How to cite ATOP, as its codebook asks. */
final class AtopCitations {

    private AtopCitations() {}

    static String atop(String version) {
        return "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                + "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260. "
                + "Data: ATOP" + (version == null ? "" : " v" + version) + ", http://www.atopdata.org.";
    }

    static final String INSTITUTIONS = " Institutionalisation: Leeds, Brett Ashley and Sezi Anac. 2005. Alliance "
            + "Institutionalization and Alliance Performance. International Interactions 31: 183-202.";

    static final String PEACESCIENCER = " Directed dyad-years as redistributed by peacesciencer: Miller, Steven V. "
            + "2022. peacesciencer: An R Package for Quantitative Peace Science Research. Conflict Management and "
            + "Peace Science 39(6).";
}
