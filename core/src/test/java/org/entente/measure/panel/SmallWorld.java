package org.entente.measure.panel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hand-made state system small enough to work every measure out by hand, filled by plain
 * INSERTs into the tables the importers fill (this stands in for them):
 * <ul>
 *   <li>2 (USA) 1816-2016, 20 (CAN) from 1900, 200 (UKG) until 30 June 1950, 300 (XXX) from
 *       1 July 1950: 200 and 300 never share a day of 1950;
 *   <li>ATOP dyad-years 1900-1910 only: 2-200 non-aggression 1900, 2-20 mutual defense 1905,
 *       200 toward 2 consultation 1910 (one direction only);
 *   <li>contiguity spells 1816-1920: 2-20 land border 1900 to mid-1905, 2-200 coded 0;
 *   <li>trade 1900-1901 (1901 only for 2-20);
 *   <li>NMC 1900: milex 50, 30, 20 and nothing else known, so CINC = .5, .3, .2;
 *   <li>capitals on the equator at 0 and 90 degrees east; 200 moves to the North Pole in mid-1920;
 *   <li>TIV table of supplier 2 only, 1950-1952; events 1950 only.
 * </ul>
 */
final class SmallWorld {

    private SmallWorld() {}

    static void fill(Connection c) throws SQLException {
        exec(c, """
            INSERT INTO dataset (id, kind, file_name, sha256, version, citation) VALUES
              (101, 'cow-states', 'states-test.csv', 'a1', '2016', 'COW states citation'),
              (102, 'atop-ddyr', 'atop-test.csv', 'a2', '5.1', 'ATOP citation'),
              (103, 'cow-contiguity', 'contdir-test.csv', 'a3', '3.2', 'Contiguity citation'),
              (104, 'cow-trade', 'trade-test.csv', 'a4', '4.0', 'Trade citation'),
              (105, 'cow-nmc', 'nmc6-test.csv', 'a5', '6.0', 'NMC v6 citation'),
              (106, 'capitals', 'capitals-test.csv', 'a6', NULL, 'Capitals citation'),
              (107, 'sipri-tiv-exports', 'TIV-Export-USA-test.csv', 'a7', NULL, 'SIPRI citation'),
              (108, 'gdelt1', 'events-test.csv', 'a8', NULL, 'GDELT citation'),
              (109, 'cow-majors', 'majors-test.csv', 'a9', '2016', 'COW majors citation')""");
        exec(c, """
            INSERT INTO state_spell (dataset_id, ccode, stateabb, statenme, start_date, end_date, version) VALUES
              (101, 2, 'USA', 'United States', DATE '1816-01-01', DATE '2016-12-31', '2016'),
              (101, 20, 'CAN', 'Canada', DATE '1900-01-01', DATE '2016-12-31', '2016'),
              (101, 200, 'UKG', 'United Kingdom', DATE '1816-01-01', DATE '1950-06-30', '2016'),
              (101, 300, 'XXX', 'Newland', DATE '1950-07-01', DATE '2016-12-31', '2016')""");
        exec(c, """
            INSERT INTO atop_dyad_year (dataset_id, ccode1, ccode2, year, defense, offense, neutral, nonagg, consul) VALUES
              (102, 2, 200, 1900, false, false, false, true, false),
              (102, 200, 2, 1900, false, false, false, true, false),
              (102, 2, 20, 1905, true, false, false, false, false),
              (102, 20, 2, 1905, true, false, false, false, false),
              (102, 200, 2, 1910, false, false, false, false, true)""");
        exec(c, """
            INSERT INTO contiguity (dataset_id, ccode1, ccode2, conttype, start_date, end_date, version) VALUES
              (103, 2, 20, 1, DATE '1900-01-01', DATE '1905-06-30', '3.2'),
              (103, 20, 2, 1, DATE '1900-01-01', DATE '1905-06-30', '3.2'),
              (103, 2, 200, 0, DATE '1816-01-01', DATE '1920-12-31', '3.2')""");
        exec(c, """
            INSERT INTO trade_flow (dataset_id, ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2, version) VALUES
              (104, 2, 20, 1900, 30, 10, 30, 10, '4.0'),
              (104, 2, 200, 1900, 5, NULL, 5, NULL, '4.0'),
              (104, 20, 200, 1900, 1, 2, 1, 2, '4.0'),
              (104, 2, 20, 1901, 12, 8, 12, 8, '4.0')""");
        exec(c, """
            INSERT INTO capability (dataset_id, ccode, year, milex, milper, irst, pec, tpop, upop, cinc, version) VALUES
              (105, 2, 1900, 50, NULL, NULL, NULL, NULL, NULL, 0.5, '6.0'),
              (105, 20, 1900, 30, NULL, NULL, NULL, NULL, NULL, 0.3, '6.0'),
              (105, 200, 1900, 20, NULL, NULL, NULL, NULL, NULL, 0.2, '6.0')""");
        exec(c, """
            INSERT INTO capital (dataset_id, ccode, capital, start_date, end_date, lat, lon) VALUES
              (106, 2, 'Zero', DATE '1816-01-01', DATE '2016-12-31', 0, 0),
              (106, 20, 'Ninety', DATE '1900-01-01', DATE '2016-12-31', 0, 90),
              (106, 200, 'Old', DATE '1816-01-01', DATE '1920-06-30', 0, 0),
              (106, 200, 'Pole', DATE '1920-07-01', DATE '1950-06-30', 90, 0)""");
        exec(c, """
            INSERT INTO tiv_flow (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode, year, tiv) VALUES
              (107, 12, 'United States', 2, 'Canada', 20, 1950, 100),
              (107, 13, 'United States', 2, 'Rebels*', NULL, 1950, 50),
              (107, 14, 'United States', 2, 'Newland', 300, 1952, 10)""");
        exec(c, """
            INSERT INTO event (dataset_id, line, origin, event_id, event_date, source_ccode, target_ccode, cameo_code, root_code, quad_class, goldstein) VALUES
              (108, 2, 'gdelt1', 'e1', DATE '1950-03-01', 2, 20, '040', '04', 1, 3.0),
              (108, 3, 'gdelt1', 'e2', DATE '1950-04-01', 2, 20, '190', '19', 4, -10.0),
              (108, 4, 'gdelt1', 'e3', DATE '1950-05-01', 2, NULL, '190', '19', 4, -10.0)""");
        exec(c, """
            INSERT INTO major_power (dataset_id, ccode, stateabb, start_date, end_date, version) VALUES
              (109, 2, 'USA', DATE '1898-08-13', DATE '2016-12-31', '2016'),
              (109, 200, 'UKG', DATE '1816-01-01', DATE '1950-06-30', '2016')""");
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The panel's rows keyed "ccode1-ccode2-year" (or "ccode-year"), each column name to value. */
    static Map<String, Map<String, Object>> rows(Connection c, Panel p) throws SQLException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(p.query())) {
            ResultSetMetaData md = rs.getMetaData();
            boolean dyadic = md.getColumnLabel(2).equals("ccode2");
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                String key = dyadic ? rs.getInt(1) + "-" + rs.getInt(2) + "-" + rs.getInt(3) : rs.getInt(1) + "-" + rs.getInt(2);
                out.put(key, row);
            }
        }
        return out;
    }
}
