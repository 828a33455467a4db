package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW Formal Alliances dyad-years in either layout: the official {@code _by_directed_yearly} /
 * {@code _by_dyad_yearly} files (the spell columns plus {@code year}, one row per alliance) or
 * peacesciencer's {@code ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente}.
 * Rows are returned as written, year 0 included; deciding what such rows mean is the loader's job.
 */
public final class AllianceDyadYearReader extends RowReader<AllianceDyadYear> {

    private final Column id;
    private final Column ccode1;
    private final Column ccode2;
    private final Column year;
    private final AllianceTypeColumns types;
    private final Column version;

    public AllianceDyadYearReader(HeadedCsv csv) {
        super(csv);
        boolean peacesciencer = csv.has("cow_defense") || !csv.has("version4id");
        id = peacesciencer ? null : csv.column("version4id");
        ccode1 = csv.column("ccode1");
        ccode2 = csv.column("ccode2");
        year = csv.column("year");
        types = peacesciencer ? AllianceTypeColumns.peacesciencer(csv) : AllianceTypeColumns.official(csv);
        version = csv.optionalColumn("version").orElse(null);
    }

    /** True for the official yearly layout, which names the alliance of every row. */
    public boolean official() {
        return id != null;
    }

    @Override
    protected AllianceDyadYear parse() {
        return new AllianceDyadYear(id == null ? null : csv.integer(id), csv.integer(ccode1), csv.integer(ccode2),
                csv.integer(year), types.read(csv), version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
