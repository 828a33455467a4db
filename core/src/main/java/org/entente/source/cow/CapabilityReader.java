package org.entente.source.cow;

import java.util.List;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW National Material Capabilities in either published layout: the official abridged file
 * ({@code stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version}, {@code -9} = missing)
 * or peacesciencer's ({@code ccode,year,milex,...,cinc}, quoted header, empty = missing). Both
 * markers are read as missing in both layouts: no NMC component can be negative.
 */
public final class CapabilityReader extends RowReader<Capability> {

    /** The first year the state system covers. */
    private static final int FIRST_YEAR = 1816;

    /** The six components and the index, in the order the files give them. */
    public static final List<String> MEASURES = List.of("milex", "milper", "irst", "pec", "tpop", "upop", "cinc");

    private static final String MISSING = "-9";

    private final Column ccode;
    private final Column year;
    private final Column[] measures = new Column[MEASURES.size()];
    private final Column version;

    public CapabilityReader(HeadedCsv csv) {
        super(csv);
        ccode = csv.column("ccode");
        year = csv.column("year");
        for (int i = 0; i < measures.length; i++) {
            measures[i] = csv.column(MEASURES.get(i));
        }
        version = csv.optionalColumn("version").orElse(null);
    }

    /** True for the official layout, which names states and carries a version column. */
    public boolean official() {
        return version != null;
    }

    @Override
    protected Capability parse() {
        Double[] v = new Double[measures.length];
        for (int i = 0; i < measures.length; i++) {
            v[i] = csv.decimalOrNull(measures[i], MISSING);
            if (v[i] != null && v[i] < 0) {
                throw csv.bad(measures[i], "'" + csv.text(measures[i]) + "' is negative; NMC values are 0 or more, -9 = missing");
            }
            if (v[i] != null && v[i] > 1 && MEASURES.get(i).equals("cinc")) {
                throw csv.bad(measures[i], "'" + csv.text(measures[i]) + "' is over 1; CINC is a state's share of the system's capabilities");
            }
        }
        return new Capability(csv.integer(ccode), csv.year(year, FIRST_YEAR), v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
