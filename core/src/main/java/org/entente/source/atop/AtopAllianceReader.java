package org.entente.source.atop;

import java.util.List;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * ATOP 5.1 alliance level ({@code atop5_1a.csv}) and alliance-phase level
 * ({@code atop5_1aph.csv}, which adds {@code atopidphase} and {@code phase}). Of the 134 columns,
 * those the store keeps are read by name; the rest (treaty content codes) are left in the file.
 */
public final class AtopAllianceReader extends RowReader<AtopAlliance> {

    private final Column atopid;
    private final Column atopidphase;
    private final Column phase;
    private final Column cowid;
    private final Column cow4id;
    private final Column[] begin;
    private final Column[] end;
    private final Column ineffect;
    private final Column bilat;
    private final Column maxphase;
    private final ObligationColumns obligations;
    private final Column conditio;
    private final Column asymm;
    private final List<Column> members;
    private final Column version;

    /** {@code phases}: read the alliance-phase layout, which must have {@code atopidphase} and {@code phase}. */
    public AtopAllianceReader(HeadedCsv csv, boolean phases) {
        super(csv);
        atopid = csv.column("atopid");
        atopidphase = phases ? csv.column("atopidphase") : null;
        phase = phases ? csv.column("phase") : null;
        cowid = AtopColumns.optional(csv, "cowid");
        cow4id = AtopColumns.optional(csv, "cow4id");
        begin = AtopColumns.dates(csv, "begyr", "begmo", "begday");
        end = AtopColumns.dates(csv, "endyr", "endmo", "endday");
        ineffect = csv.column("ineffect");
        bilat = csv.column("bilat");
        maxphase = AtopColumns.optional(csv, "maxphase");
        obligations = ObligationColumns.of(csv, "");
        conditio = AtopColumns.optional(csv, "conditio");
        asymm = AtopColumns.optional(csv, "asymm");
        members = csv.numbered("mem");
        version = AtopColumns.version(csv);
    }

    @Override
    protected AtopAlliance parse() {
        Double idPhase = null;
        if (atopidphase != null) {
            idPhase = csv.decimal(atopidphase);
        }
        return new AtopAlliance(csv.integer(atopid), idPhase, phase == null ? null : csv.integerOrNull(phase),
                AtopColumns.integer(csv, cowid), AtopColumns.integer(csv, cow4id),
                AtopColumns.read(csv, begin), AtopColumns.read(csv, end),
                csv.flagOrNull(ineffect), csv.flagOrNull(bilat), AtopColumns.integer(csv, maxphase),
                obligations.read(csv), AtopColumns.flag(csv, conditio), AtopColumns.flag(csv, asymm),
                AtopColumns.numbered(csv, members), AtopColumns.version(csv, version));
    }
}
