package org.entente.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The states that threaten one state most in a year by Walt's balance of threat, with the four
 * factors {@link BalanceOfThreat} defines, from NMC, contiguity, capitals and events (each the
 * latest import; contiguity, capitals and events optional). Ranked by the index, highest first.
 */
public final class ThirdStateThreats {

    private ThirdStateThreats() {}

    /** One other state's threat to self; {@code index} null when power or proximity is unknown. */
    public record Threat(int other, BalanceOfThreat.Factors factors, Double index) {}

    /** The datasets the view read (null where a table is not loaded) and the ranked threats. */
    public record View(int self, int year, Integer nmc, Integer contiguity, Integer capitals, boolean events, List<Threat> threats) {}

    /** Empty when NMC capabilities are not loaded. */
    public static Optional<View> of(Connection c, int self, int year) throws SQLException {
        Optional<Integer> nmc = LoadedData.latest(c, "capability");
        if (nmc.isEmpty()) {
            return Optional.empty();
        }
        Integer contig = LoadedData.latest(c, "contiguity").orElse(null);
        Integer capital = LoadedData.latest(c, "capital").orElse(null);
        boolean events = LoadedData.latest(c, "event").isPresent();
        String sql = SqlResource.read(ThirdStateThreats.class, "third-state-threat-inputs.sql")
                .replaceAll("(?m)^--.*$", "")
                .replace(":nmc", Integer.toString(nmc.get()))
                .replace(":contig", Integer.toString(contig == null ? -1 : contig))
                .replace(":capital", Integer.toString(capital == null ? -1 : capital))
                .replace(":self", Integer.toString(self))
                .replace(":year", Integer.toString(year));
        List<Threat> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Double km = null;
                if (rs.getObject(5) != null && rs.getObject(7) != null) {
                    km = GreatCircle.km(rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8));
                }
                Long none = events ? Long.valueOf(0) : null; // no event toward self: 0 if events are loaded at all
                Long n = rs.getObject(13) == null ? none : Long.valueOf(rs.getLong(13));
                Long conflict = rs.getObject(14) == null ? none : Long.valueOf(rs.getLong(14));
                BalanceOfThreat.Inputs in = new BalanceOfThreat.Inputs(d(rs, 2), d(rs, 3),
                        rs.getObject(4) == null ? (contig == null ? null : Integer.valueOf(0)) : Integer.valueOf(rs.getInt(4)), km,
                        d(rs, 9), d(rs, 10), d(rs, 11), d(rs, 12), n, conflict, d(rs, 15));
                BalanceOfThreat.Factors f = BalanceOfThreat.factors(in);
                out.add(new Threat(rs.getInt(1), f, f.index()));
            }
        }
        out.sort(Comparator.comparing((Threat t) -> t.index() == null ? -1 : t.index()).reversed()
                .thenComparingInt(Threat::other));
        return Optional.of(new View(self, year, nmc.get(), contig, capital, events, out));
    }

    private static Double d(ResultSet rs, int i) throws SQLException {
        Object o = rs.getObject(i);
        return o == null ? null : ((Number) o).doubleValue();
    }
}
