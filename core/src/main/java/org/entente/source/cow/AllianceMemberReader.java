package org.entente.source.cow;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * COW Formal Alliances v4.1 by member:
 * {@code version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,
 * all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,
 * left_censor,right_censor,defense,neutrality,nonaggression,entente,version}. A blank end year
 * (or Stata's {@code .}) means in force at the end of the data.
 */
public final class AllianceMemberReader extends RowReader<AllianceMembership> {

    static final String[] MISSING = {"."};

    private final Column id;
    private final Column ccode;
    private final Column ssType;
    private final Column[] allStart;
    private final Column[] allEnd;
    private final Column[] memStart;
    private final Column[] memEnd;
    private final Column leftCensor;
    private final Column rightCensor;
    private final AllianceTypeColumns types;
    private final Column version;

    public AllianceMemberReader(HeadedCsv csv) {
        super(csv);
        id = csv.column("version4id");
        ccode = csv.column("ccode");
        allStart = dmy(csv, "all_st");
        allEnd = dmy(csv, "all_end");
        ssType = csv.column("ss_type");
        memStart = dmy(csv, "mem_st");
        memEnd = dmy(csv, "mem_end");
        leftCensor = csv.column("left_censor");
        rightCensor = csv.column("right_censor");
        types = AllianceTypeColumns.official(csv);
        version = csv.optionalColumn("version").orElse(null);
    }

    /** The {@code year, month, day} columns of {@code prefix_day/_month/_year}. */
    static Column[] dmy(HeadedCsv csv, String prefix) {
        return new Column[] {csv.column(prefix + "_year"), csv.column(prefix + "_month"), csv.column(prefix + "_day")};
    }

    @Override
    protected AllianceMembership parse() {
        var start = csv.dateOrNull(memStart[0], memStart[1], memStart[2], MISSING);
        if (start == null) {
            throw csv.bad(memStart[0], "is missing; a membership start year is required");
        }
        String type = csv.text(ssType);
        return new AllianceMembership(csv.integer(id), csv.integer(ccode), type.isEmpty() ? null : type,
                csv.dateOrNull(allStart[0], allStart[1], allStart[2], MISSING),
                csv.dateOrNull(allEnd[0], allEnd[1], allEnd[2], MISSING),
                start, csv.dateOrNull(memEnd[0], memEnd[1], memEnd[2], MISSING),
                csv.flagOrNull(leftCensor), csv.flagOrNull(rightCensor), types.read(csv),
                version == null ? null : DatasetVersion.clean(csv.text(version)));
    }
}
