package org.entente.measure.panel;

/** The kinds of data a panel column can come from; each maps to the dataset(s) chosen for it. */
public enum Source {
    MEMBERS("State system membership (COW)"),
    CAPABILITY("National Material Capabilities (COW)"),
    MAJOR_POWERS("Major powers (COW)"),
    ATOP("Alliance Treaty Obligations and Provisions"),
    COW_ALLIANCE("Formal Alliances (COW)"),
    CONTIGUITY("Direct Contiguity (COW)"),
    CAPITALS("Capitals"),
    TRADE("Dyadic Trade (COW)"),
    ARMS("SIPRI Arms Transfers Database"),
    EVENTS("Event data (GDELT / ICEWS)");

    private final String title;

    Source(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
