package org.entente.source.atop;

import java.util.List;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * ATOP 5.1 state-year ({@code atop5_1sy.csv}):
 * {@code state,year,atopally,defense,offense,neutral,nonagg,consul,number,transyr,atopid1..atopidN,version}.
 * N is whatever the header has (59 in 5.1).
 */
public final class AtopStateYearReader extends RowReader<AtopStateYear> {

    /** The first year the ATOP covers. */
    private static final int FIRST_YEAR = 1815;

    private final Column state;
    private final Column year;
    private final Column atopally;
    private final ObligationColumns obligations;
    private final Column number;
    private final Column transyr;
    private final List<Column> atopids;
    private final Column version;

    public AtopStateYearReader(HeadedCsv csv) {
        super(csv);
        state = csv.column("state");
        year = csv.column("year");
        atopally = csv.column("atopally");
        obligations = ObligationColumns.of(csv, "");
        number = csv.column("number");
        transyr = AtopColumns.optional(csv, "transyr");
        atopids = csv.numbered("atopid");
        if (atopids.isEmpty()) {
            csv.column("atopid1");
        }
        version = AtopColumns.version(csv);
    }

    @Override
    protected AtopStateYear parse() {
        List<Integer> ids = AtopColumns.numbered(csv, atopids);
        Integer n = csv.integerOrNull(number);
        if (n != null && n != ids.size()) {
            throw csv.bad(number, "'" + n + "' does not match the " + ids.size() + " atopid fields filled in");
        }
        return new AtopStateYear(csv.integer(state), csv.year(year, FIRST_YEAR), csv.flagOrNull(atopally),
                obligations.read(csv), n, AtopColumns.flag(csv, transyr), ids, AtopColumns.version(csv, version));
    }
}
