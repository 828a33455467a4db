package org.entente.source.cow;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;

/** Where a COW alliance file keeps its four commitment codes: official names or peacesciencer's. */
record AllianceTypeColumns(Column defense, Column neutrality, Column nonaggression, Column entente) {

    static AllianceTypeColumns official(HeadedCsv csv) {
        return new AllianceTypeColumns(csv.column("defense"), csv.column("neutrality"), csv.column("nonaggression"),
                csv.column("entente"));
    }

    static AllianceTypeColumns peacesciencer(HeadedCsv csv) {
        return new AllianceTypeColumns(csv.column("cow_defense"), csv.column("cow_neutral"),
                csv.column("cow_nonagg"), csv.column("cow_entente"));
    }

    AllianceTypes read(HeadedCsv csv) {
        return new AllianceTypes(csv.flagOrNull(defense), csv.flagOrNull(neutrality), csv.flagOrNull(nonaggression),
                csv.flagOrNull(entente));
    }
}
