package org.entente.measure.triangle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.measure.panel.DyadFeature;
import org.entente.measure.panel.DyadYears;
import org.entente.measure.panel.MissingDataException;
import org.entente.measure.panel.Panel;
import org.entente.measure.panel.PanelRequest;
import org.entente.store.Store;

/**
 * The inputs of a triangle's three pairs, year by year, built by the dyad-year builder of
 * {@code entente dyads} (ATOP obligations, portfolio similarity, and event Goldstein sums where
 * event data are loaded), so the triangle shows the numbers {@code dyads} shows. Set-based SQL,
 * like the rest of {@code measure/panel}.
 */
public final class TriangleInputs {

    private TriangleInputs() {}

    /** Year → the unordered pair (lower code first) → its inputs; {@code notes} gets what was left out and why. */
    public static Map<Integer, Map<List<Integer>, PairInputs>> read(Store s, List<Integer> codes, int from, int to,
            List<String> notes) throws SQLException, MissingDataException {
        PanelRequest request = new PanelRequest(from, to, Set.copyOf(codes), Set.of(), false, null, null);
        Map<Integer, Map<List<Integer>, PairInputs>> out = new TreeMap<>();
        Panel panel;
        boolean events = true;
        try {
            panel = DyadYears.prepare(s, request, EnumSet.of(DyadFeature.ATOP, DyadFeature.SIMILARITY, DyadFeature.EVENTS), false);
        } catch (MissingDataException e) {
            events = false;
            notes.add("event data: " + e.getMessage() + "; the Goldstein balance is not used");
            panel = DyadYears.prepare(s, request, EnumSet.of(DyadFeature.ATOP, DyadFeature.SIMILARITY), false);
        }
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(panel.query())) {
            while (rs.next()) {
                Double gold = null;
                if (events) {
                    double g1 = rs.getDouble("goldstein_1to2");
                    boolean n1 = rs.wasNull();
                    double g2 = rs.getDouble("goldstein_2to1");
                    gold = n1 || rs.wasNull() ? null : g1 + g2;
                }
                double tau = rs.getDouble("tau_b");
                Double tauB = rs.wasNull() ? null : tau;
                PairInputs in = new PairInputs(rs.getInt("ccode1"), rs.getInt("ccode2"), rs.getInt("year"),
                        rs.getInt("atop_defense"), rs.getInt("atop_offense"), tauB, gold);
                out.computeIfAbsent(in.year(), y -> new LinkedHashMap<>())
                        .put(List.of(Math.min(in.a(), in.b()), Math.max(in.a(), in.b())), in);
            }
        }
        return out;
    }
}
