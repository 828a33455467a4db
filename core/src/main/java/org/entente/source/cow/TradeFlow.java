package org.entente.source.cow;

/**
 * One dyad-year of COW Dyadic Trade, undirected as published: {@code flow1} is what ccode1
 * imported from ccode2, {@code flow2} what ccode2 imported from ccode1, in current million US$.
 * Missing values ({@code -9} officially, empty in peacesciencer's copy) are null. The fields after
 * {@code smoothflow2} exist only in the official 23-column layout.
 */
public record TradeFlow(int ccode1, int ccode2, int year, Double flow1, Double flow2, Double smoothflow1,
        Double smoothflow2, Official official) {

    /** The official file's further columns; null for peacesciencer's 7-column layout. */
    public record Official(String importer1, String importer2, Double smoothtotrade, Integer spike1, Integer spike2,
            Integer dip1, Integer dip2, Integer trdspike, Integer tradedip, Double belLuxAltFlow1,
            Double belLuxAltFlow2, Double chinaAltFlow1, Double chinaAltFlow2, Integer source1, Integer source2,
            String version) {}
}
