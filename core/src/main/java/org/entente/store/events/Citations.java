package org.entente.store.events;

/** How to cite the event datasets (from the shared data README and the datasets' own pages). */
final class Citations {

    static final String GDELT = "Leetaru, Kalev and Philip A. Schrodt. 2013. GDELT: Global Data on Events,"
            + " Location and Tone, 1979-2012. ISA Annual Convention. https://www.gdeltproject.org";
    static final String ICEWS = "Boschee, Elizabeth et al. 2015. ICEWS Coded Event Data. Harvard Dataverse,"
            + " doi:10.7910/DVN/28075";
    static final String CAMEO = "Gerner, Deborah J., Philip A. Schrodt, Omur Yilmaz and Rajaa Abu-Jabr. 2002."
            + " Conflict and Mediation Event Observations (CAMEO). ISA Annual Convention; lists as distributed"
            + " with GDELT";
    static final String GOLDSTEIN = CAMEO + "; Goldstein, Joshua S. 1992. A Conflict-Cooperation Scale for"
            + " WEIS Events Data. Journal of Conflict Resolution 36(2): 369-385";

    private Citations() {}
}
