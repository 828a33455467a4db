package org.entente.source.cow;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW Direct Contiguity in peacesciencer's directed layout:
 * {@code ccode1,ccode2,conttype,stdate,enddate}, dates as {@code yyyy-mm-dd}. peacesciencer turned
 * COW's year-month {@code begin}/{@code end} into dates on the first of the month, so the day
 * carries no information.
 */
public final class ContiguityReader extends RowReader<ContiguitySpell> {

    private final Column ccode1;
    private final Column ccode2;
    private final Column conttype;
    private final Column start;
    private final Column end;

    public ContiguityReader(HeadedCsv csv) {
        super(csv);
        ccode1 = csv.column("ccode1");
        ccode2 = csv.column("ccode2");
        conttype = csv.column("conttype");
        start = csv.column("stdate");
        end = csv.column("enddate");
    }

    @Override
    protected ContiguitySpell parse() {
        int type = csv.integer(conttype);
        if (type < 0 || type > 5) {
            throw csv.bad(conttype, "'" + type + "' is not a contiguity type 0-5");
        }
        var s = csv.isoDateOrNull(start);
        var e = csv.isoDateOrNull(end);
        if (s == null) {
            throw csv.bad(start, "is empty; a start date is required");
        }
        if (e == null) {
            throw csv.bad(end, "is empty; an end date is required");
        }
        return new ContiguitySpell(csv.integer(ccode1), csv.integer(ccode2), type, s, e);
    }
}
