package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW major powers, {@code majors2016.csv}:
 * {@code stateabb,ccode,styear,stmonth,stday,endyear,endmonth,endday,version}.
 */
public final class MajorPowerReader extends RowReader<MajorPowerSpell> {

    private final Column abb;
    private final Column ccode;
    private final Column sty;
    private final Column stm;
    private final Column std;
    private final Column endy;
    private final Column endm;
    private final Column endd;
    private final Column version;

    public MajorPowerReader(HeadedCsv csv) {
        super(csv);
        abb = csv.column("stateabb");
        ccode = csv.column("ccode");
        sty = csv.column("styear");
        stm = csv.column("stmonth");
        std = csv.column("stday");
        endy = csv.column("endyear");
        endm = csv.column("endmonth");
        endd = csv.column("endday");
        version = csv.optionalColumn("version").orElse(null);
    }

    @Override
    protected MajorPowerSpell parse() {
        return new MajorPowerSpell(csv.integer(ccode), csv.requiredText(abb), csv.date(sty, stm, std),
                csv.date(endy, endm, endd), version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
