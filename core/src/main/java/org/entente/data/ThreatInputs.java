package org.entente.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the balance of threat needs about every other state in one year, as one state sees it:
 * CINC, military spending and personnel of both, the contiguity type, both capitals' positions,
 * and the events the other state directed at it. Read from the newest release of NMC (required),
 * contiguity, capitals and events (each optional: null where not loaded).
 */
public final class ThreatInputs {

    private ThreatInputs() {}

    /** One other state; nulls where the dataset says missing or is not loaded. */
    public record Row(int other, Double cincSelf, Double cincOther, Integer conttype, Double selfLat, Double selfLon,
            Double otherLat, Double otherLon, Double milexSelf, Double milexOther, Double milperSelf,
            Double milperOther, Long events, Long conflictEvents, Double meanGoldstein) {}

    /** The datasets read (null where a table is not loaded) and one row per other state. */
    public record Inputs(int self, int year, Integer nmc, Integer contiguity, Integer capitals, boolean events,
            List<Row> rows) {}

    /** Empty when NMC capabilities are not loaded. */
    static Optional<Inputs> read(Connection c, int self, int year) throws SQLException {
        Optional<Integer> nmc = LoadedData.latest(c, "capability");
        if (nmc.isEmpty()) {
            return Optional.empty();
        }
        Integer contig = LoadedData.latest(c, "contiguity").orElse(null);
        Integer capital = LoadedData.latest(c, "capital").orElse(null);
        boolean events = LoadedData.latest(c, "event").isPresent();
        String sql = SqlResource.read(ThreatInputs.class, "third-state-threat-inputs.sql")
                .replaceAll("(?m)^--.*$", "")
                .replace(":nmc", Integer.toString(nmc.get()))
                .replace(":contig", Integer.toString(contig == null ? -1 : contig))
                .replace(":capital", Integer.toString(capital == null ? -1 : capital))
                .replace(":self", Integer.toString(self))
                .replace(":year", Integer.toString(year));
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getInt(1), d(rs, 2), d(rs, 3),
                        rs.getObject(4) == null ? null : Integer.valueOf(rs.getInt(4)),
                        d(rs, 5), d(rs, 6), d(rs, 7), d(rs, 8), d(rs, 9), d(rs, 10), d(rs, 11), d(rs, 12),
                        rs.getObject(13) == null ? null : Long.valueOf(rs.getLong(13)),
                        rs.getObject(14) == null ? null : Long.valueOf(rs.getLong(14)), d(rs, 15)));
            }
        }
        return Optional.of(new Inputs(self, year, nmc.get(), contig, capital, events, out));
    }

    private static Double d(ResultSet rs, int i) throws SQLException {
        Object o = rs.getObject(i);
        return o == null ? null : ((Number) o).doubleValue();
    }
}
