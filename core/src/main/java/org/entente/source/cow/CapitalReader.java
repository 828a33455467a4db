package org.entente.source.cow;

import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;
import org.entente.source.RowReader;

/**
 * Capitals as peacesciencer ships them: {@code ccode,statenme,capital,stdate,enddate,lat,lng}
 * ({@code lon} is accepted for {@code lng}).
 */
public final class CapitalReader extends RowReader<Capital> {

    private final Column ccode;
    private final Column name;
    private final Column capital;
    private final Column start;
    private final Column end;
    private final Column lat;
    private final Column lon;

    public CapitalReader(HeadedCsv csv) {
        super(csv);
        ccode = csv.column("ccode");
        name = csv.optionalColumn("statenme").orElse(null);
        capital = csv.column("capital");
        start = csv.column("stdate");
        end = csv.column("enddate");
        lat = csv.column("lat");
        lon = csv.has("lng") || !csv.has("lon") ? csv.column("lng") : csv.column("lon");
    }

    @Override
    protected Capital parse() {
        double la = csv.decimal(lat);
        double lo = csv.decimal(lon);
        if (la < -90 || la > 90) {
            throw csv.bad(lat, "'" + la + "' is not a latitude (-90 to 90)");
        }
        if (lo < -180 || lo > 180) {
            throw csv.bad(lon, "'" + lo + "' is not a longitude (-180 to 180)");
        }
        return new Capital(csv.integer(ccode), name == null ? null : csv.text(name), csv.requiredText(capital),
                csv.isoDateOrNull(start), csv.isoDateOrNull(end), la, lo);
    }
}
