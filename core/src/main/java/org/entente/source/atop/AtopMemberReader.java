package org.entente.source.atop;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * ATOP 5.1 member level ({@code atop5_1m.csv}, 113 columns): one row per member per alliance
 * phase. The columns the store keeps are read by name.
 */
public final class AtopMemberReader extends RowReader<AtopMembership> {

    private final Column atopid;
    private final Column member;
    private final Column phase;
    private final Column cowsys;
    private final Column[] entry;
    private final Column[] exit;
    private final Column ineffect;
    private final Column bilat;
    private final ObligationColumns obligations;
    private final Column conditio;
    private final Column defcon;
    private final Column offcon;
    private final Column neucon;
    private final Column concon;
    private final Column obvary;
    private final Column version;

    public AtopMemberReader(HeadedCsv csv) {
        super(csv);
        atopid = csv.column("atopid");
        member = csv.column("member");
        phase = csv.column("phase");
        cowsys = AtopColumns.optional(csv, "cowsys");
        entry = AtopColumns.dates(csv, "yrent", "moent", "dayent");
        exit = AtopColumns.dates(csv, "yrexit", "moexit", "dayexit");
        ineffect = csv.column("ineffect");
        bilat = AtopColumns.optional(csv, "bilat");
        obligations = ObligationColumns.of(csv, "");
        conditio = AtopColumns.optional(csv, "conditio");
        defcon = AtopColumns.optional(csv, "defcon");
        offcon = AtopColumns.optional(csv, "offcon");
        neucon = AtopColumns.optional(csv, "neucon");
        concon = AtopColumns.optional(csv, "concon");
        obvary = AtopColumns.optional(csv, "obvary");
        version = AtopColumns.version(csv);
    }

    @Override
    protected AtopMembership parse() {
        return new AtopMembership(csv.integer(atopid), csv.integer(member), csv.integerOrNull(phase),
                AtopColumns.flag(csv, cowsys), AtopColumns.read(csv, entry), AtopColumns.read(csv, exit),
                csv.flagOrNull(ineffect), AtopColumns.flag(csv, bilat), obligations.read(csv),
                new AtopMembership.Conditions(AtopColumns.flag(csv, conditio), AtopColumns.flag(csv, defcon),
                        AtopColumns.flag(csv, offcon), AtopColumns.flag(csv, neucon), AtopColumns.flag(csv, concon)),
                AtopColumns.flag(csv, obvary), AtopColumns.version(csv, version));
    }
}
