package org.entente.source.sipri;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads SIPRI's classic trade register export ("Transfers of major conventional arms"): one line
 * per deal, 16 columns from {@code Recipient} to {@code SIPRI TIV of delivered weapons}, three of
 * them unnamed and holding a '?' for the uncertain field before them.
 */
public final class TradeRegisterReader extends RegisterReader<TradeRegisterReader.Column> {

    static final String FORMAT = "SIPRI trade register";

    /** The register's named columns, with the labels other releases give them. */
    enum Column implements SipriColumn {
        RECIPIENT("Recipient"),
        SUPPLIER("Supplier"),
        ORDER_YEAR("Year of order", "Year(s) of order", "Order year"),
        NUMBER_ORDERED("Number ordered", "No. ordered"),
        DESIGNATION("Weapon designation", "Designation"),
        DESCRIPTION("Weapon description", "Description"),
        NUMBER_DELIVERED("Number delivered", "No. delivered", "Numbers delivered"),
        DELIVERY_YEARS("Year(s) of delivery", "Year(s) of deliveries", "Years of delivery", "Years of deliveries",
                "Year of delivery", "Delivery years"),
        STATUS("status"),
        COMMENTS("Comments", "Comment"),
        TIV_UNIT("SIPRI TIV per unit", "TIV per unit"),
        TIV_TOTAL_ORDER("SIPRI TIV for total order", "TIV for total order"),
        TIV_DELIVERED("SIPRI TIV of delivered weapons", "TIV of delivered weapons");

        private final List<String> labels;

        Column(String... labels) {
            this.labels = List.of(labels);
        }

        @Override
        public String label() {
            return labels.get(0);
        }

        @Override
        public List<String> labels() {
            return labels;
        }
    }

    /**
     * A header names at least this many of the 13 columns. Below all 13, so that a register with a
     * renamed or missing column is still recognised and then rejected with the column named.
     */
    static final int MIN_SCORE = 9;

    private TradeRegisterReader(SipriCsv csv) {
        super(csv, Column.class, FORMAT);
    }

    /** Reads {@code in} (the bytes of {@code file}, which names it in errors) up to the header. */
    public static TradeRegisterReader open(Path file, InputStream in) throws IOException {
        return new TradeRegisterReader(SipriCsv.open(file, in, TradeRegisterReader::score, MIN_SCORE, FORMAT));
    }

    /** True if the first lines of a file hold a trade register header. */
    public static boolean recognises(List<String> headLines) {
        return SipriCsv.hasHeader(headLines, TradeRegisterReader::score, MIN_SCORE);
    }

    private static int score(List<String> cells) {
        return ColumnIndex.score(cells, Column.class);
    }

    /** The next deal, or null at the end of the file. */
    public ArmsDeal next() {
        SipriCsv.Row row = csv.next();
        if (row == null) {
            return null;
        }
        Cells c = new Cells(csv, row);
        return new ArmsDeal(
                row.line(),
                null,
                c.required(columns.index(Column.SUPPLIER)),
                c.required(columns.index(Column.RECIPIENT)),
                c.year(columns.index(Column.ORDER_YEAR)),
                c.uncertain(columns.flag(Column.ORDER_YEAR)),
                c.count(columns.index(Column.NUMBER_ORDERED)),
                c.uncertain(columns.flag(Column.NUMBER_ORDERED)),
                c.text(columns.index(Column.DESIGNATION)),
                c.text(columns.index(Column.DESCRIPTION)),
                null,
                c.count(columns.index(Column.NUMBER_DELIVERED)),
                c.uncertain(columns.flag(Column.NUMBER_DELIVERED)),
                c.years(columns.index(Column.DELIVERY_YEARS)),
                c.text(columns.index(Column.STATUS)),
                c.text(columns.index(Column.COMMENTS)),
                null,
                c.tiv(columns.index(Column.TIV_UNIT)),
                c.tiv(columns.index(Column.TIV_TOTAL_ORDER)),
                c.tiv(columns.index(Column.TIV_DELIVERED)),
                null);
    }
}
