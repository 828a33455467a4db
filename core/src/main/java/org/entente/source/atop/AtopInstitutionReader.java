package org.entente.source.atop;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/** ATOP military institutionalisation ({@code atopinst5_1.csv}): {@code atopid,atopidphase,milinst,formal,version}. */
public final class AtopInstitutionReader extends RowReader<AtopInstitution> {

    private final Column atopid;
    private final Column atopidphase;
    private final Column milinst;
    private final Column formal;
    private final Column version;

    public AtopInstitutionReader(HeadedCsv csv) {
        super(csv);
        atopid = csv.column("atopid");
        atopidphase = csv.column("atopidphase");
        milinst = csv.column("milinst");
        formal = csv.column("formal");
        version = AtopColumns.version(csv);
    }

    @Override
    protected AtopInstitution parse() {
        return new AtopInstitution(csv.integer(atopid), csv.decimal(atopidphase), csv.integerOrNull(milinst),
                csv.integerOrNull(formal), AtopColumns.version(csv, version));
    }
}
