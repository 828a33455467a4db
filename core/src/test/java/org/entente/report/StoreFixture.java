package org.entente.report;

import org.entente.store.Store;

/**
 * A few rows per table, in the stores' layouts, for rendering tests. The values are of the right
 * order (Russian TIV to China, COW trade, NMC CINC) but are not the published figures.
 */
public final class StoreFixture {

    private StoreFixture() {}

    public static void fill(Store s) throws Exception {
        s.execute("INSERT INTO dataset (id, kind, file_name, sha256, citation, version) VALUES"
                + " (1, 'sipri-tiv', 'TIV-Export-RUS-1950-2021.csv', 'a', 'SIPRI Arms Transfers Database <script>x</script>', NULL),"
                + " (2, 'cow-trade', 'trade-dyadic-4.0.csv', 'b', 'Barbieri and Keshk 2016, COW Dyadic Trade 4.0', '4.0'),"
                + " (3, 'cow-nmc', 'NMC-60-abridged.csv', 'c', 'Singer 1987, COW NMC 6.0', '6.0')");
        StringBuilder tiv = new StringBuilder("INSERT INTO tiv_flow (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode, year, tiv) VALUES ");
        int line = 1;
        for (int y = 1989; y <= 2001; y++) {
            tiv.append(String.format("(1, %d, 'Russia', 365, 'China', 710, %d, %d),", line++, y, 400 + 100 * (y - 1989)));
            tiv.append(String.format("(1, %d, 'Russia', 365, 'India', 750, %d, %d),", line++, y, 600));
        }
        s.execute(tiv.substring(0, tiv.length() - 1));
        StringBuilder trade = new StringBuilder("INSERT INTO trade_flow (dataset_id, ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2, version) VALUES ");
        for (int y = 1989; y <= 2001; y++) {
            trade.append(String.format("(2, 365, 710, %d, %d, %d, NULL, NULL, '4.0'),", y, 2000 + 150 * (y - 1989),
                    3000 + 200 * (y - 1989)));
        }
        s.execute(trade.substring(0, trade.length() - 1));
        StringBuilder cap = new StringBuilder("INSERT INTO capability (dataset_id, ccode, year, cinc) VALUES ");
        for (int y = 1989; y <= 2001; y++) {
            cap.append(String.format("(3, 2, %d, 0.14), (3, 365, %d, 0.06), (3, 710, %d, 0.11), (3, 740, %d, 0.05),"
                    + " (3, 750, %d, 0.06),", y, y, y, y, y));
        }
        s.execute(cap.substring(0, cap.length() - 1));
    }
}
