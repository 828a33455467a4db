package org.entente.source.atop;

import java.util.List;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * ATOP directed dyad-years, as peacesciencer redistributes them
 * ({@code ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul}) or in
 * ATOP's own directed dyad-year layout (codebook section 2.7: {@code statea}, {@code stateb},
 * {@code year}, the five obligations, {@code number}, {@code atopid1..9}, {@code version}).
 */
public final class AtopDyadYearReader extends RowReader<AtopDyadYear> {

    /** The first year the ATOP covers. */
    private static final int FIRST_YEAR = 1815;

    private final Column ccode1;
    private final Column ccode2;
    private final Column year;
    private final ObligationColumns obligations;
    private final Column number;
    private final List<Column> atopids;
    private final Column version;

    public AtopDyadYearReader(HeadedCsv csv) {
        super(csv);
        boolean atopLayout = csv.has("statea") || !csv.has("ccode1");
        ccode1 = csv.column(atopLayout ? "statea" : "ccode1");
        ccode2 = csv.column(atopLayout ? "stateb" : "ccode2");
        year = csv.column("year");
        obligations = ObligationColumns.of(csv, atopLayout ? "" : "atop_");
        number = AtopColumns.optional(csv, "number");
        atopids = csv.numbered("atopid");
        version = AtopColumns.version(csv);
    }

    @Override
    protected AtopDyadYear parse() {
        return new AtopDyadYear(csv.integer(ccode1), csv.integer(ccode2), csv.year(year, FIRST_YEAR), obligations.read(csv),
                AtopColumns.integer(csv, number), atopids.isEmpty() ? null : AtopColumns.numbered(csv, atopids),
                AtopColumns.version(csv, version));
    }
}
