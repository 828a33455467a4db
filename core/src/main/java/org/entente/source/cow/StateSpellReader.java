package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW State System Membership, {@code states2016.csv}:
 * {@code stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version}.
 */
public final class StateSpellReader extends RowReader<StateSpell> {

    private final Column abb;
    private final Column ccode;
    private final Column name;
    private final Column sty;
    private final Column stm;
    private final Column std;
    private final Column endy;
    private final Column endm;
    private final Column endd;
    private final Column version;

    public StateSpellReader(HeadedCsv csv) {
        super(csv);
        abb = csv.column("stateabb");
        ccode = csv.column("ccode");
        name = csv.column("statenme");
        sty = csv.column("styear");
        stm = csv.column("stmonth");
        std = csv.column("stday");
        endy = csv.column("endyear");
        endm = csv.column("endmonth");
        endd = csv.column("endday");
        version = csv.optionalColumn("version").orElse(null);
    }

    @Override
    protected StateSpell parse() {
        return new StateSpell(csv.integer(ccode), csv.requiredText(abb), csv.requiredText(name),
                csv.date(sty, stm, std), csv.date(endy, endm, endd),
                version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
