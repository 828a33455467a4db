package org.entente.source.atop;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;

/** Where an ATOP file keeps its five obligation codes: ATOP's names or peacesciencer's {@code atop_} ones. */
record ObligationColumns(Column defense, Column offense, Column neutral, Column nonagg, Column consul) {

    static ObligationColumns of(HeadedCsv csv, String prefix) {
        return new ObligationColumns(csv.column(prefix + "defense"), csv.column(prefix + "offense"),
                csv.column(prefix + "neutral"), csv.column(prefix + "nonagg"), csv.column(prefix + "consul"));
    }

    Obligations read(HeadedCsv csv) {
        return new Obligations(csv.flagOrNull(defense), csv.flagOrNull(offense), csv.flagOrNull(neutral),
                csv.flagOrNull(nonagg), csv.flagOrNull(consul));
    }
}
