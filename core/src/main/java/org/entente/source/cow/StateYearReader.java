package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/** COW state system by year, {@code system2016.csv}: {@code stateabb,ccode,year,version}. */
public final class StateYearReader extends RowReader<StateYear> {

    /** The first year the state system covers. */
    private static final int FIRST_YEAR = 1816;

    private final Column abb;
    private final Column ccode;
    private final Column year;
    private final Column version;

    public StateYearReader(HeadedCsv csv) {
        super(csv);
        abb = csv.column("stateabb");
        ccode = csv.column("ccode");
        year = csv.column("year");
        version = csv.optionalColumn("version").orElse(null);
    }

    @Override
    protected StateYear parse() {
        return new StateYear(csv.integer(ccode), csv.requiredText(abb), csv.year(year, FIRST_YEAR),
                version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
