package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW Formal Alliances v4.1 dyad spells, {@code alliance_v4.1_by_directed.csv} and
 * {@code _by_dyad.csv} (same columns):
 * {@code version4id,ccode1,state_name1,ccode2,state_name2,dyad_st_day,dyad_st_month,dyad_st_year,
 * dyad_end_day,dyad_end_month,dyad_end_year,left_censor,right_censor,defense,neutrality,
 * nonaggression,entente,version}. A blank end year means in force at the end of 2012.
 */
public final class AllianceDyadReader extends RowReader<AllianceDyadSpell> {

    private final Column id;
    private final Column ccode1;
    private final Column ccode2;
    private final Column[] start;
    private final Column[] end;
    private final Column leftCensor;
    private final Column rightCensor;
    private final AllianceTypeColumns types;
    private final Column version;

    public AllianceDyadReader(HeadedCsv csv) {
        super(csv);
        id = csv.column("version4id");
        ccode1 = csv.column("ccode1");
        ccode2 = csv.column("ccode2");
        start = AllianceMemberReader.dmy(csv, "dyad_st");
        end = AllianceMemberReader.dmy(csv, "dyad_end");
        leftCensor = csv.column("left_censor");
        rightCensor = csv.column("right_censor");
        types = AllianceTypeColumns.official(csv);
        version = csv.optionalColumn("version").orElse(null);
    }

    @Override
    protected AllianceDyadSpell parse() {
        var s = csv.dateOrNull(start[0], start[1], start[2], AllianceMemberReader.MISSING);
        if (s == null) {
            throw csv.bad(start[0], "is missing; a start year is required");
        }
        return new AllianceDyadSpell(csv.integer(id), csv.integer(ccode1), csv.integer(ccode2), s,
                csv.dateOrNull(end[0], end[1], end[2], AllianceMemberReader.MISSING),
                csv.flagOrNull(leftCensor), csv.flagOrNull(rightCensor), types.read(csv),
                version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
