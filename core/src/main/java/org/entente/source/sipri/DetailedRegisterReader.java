package org.entente.source.sipri;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads SIPRI's detailed trade register export: one line per deal and delivery year, 17 columns
 * from {@code SIPRI AT Database ID} to {@code Local production}. Each line yields the deal as the
 * line describes it and that year's delivery; after the last line, {@link #deals()} gives each
 * deal once. The deal-level totals (number ordered, TIV of the whole order, TIV delivered in all)
 * are not in this export and stay null: they are not summed from the lines, as the export holds
 * only the deliveries of its year range.
 */
public final class DetailedRegisterReader extends RegisterReader<DetailedRegisterReader.Column> {

    static final String FORMAT = "SIPRI detailed trade register";

    enum Column implements SipriColumn {
        SIPRI_ID("SIPRI AT Database ID", "AT Database ID", "Deal ID"),
        SUPPLIER("Supplier"),
        RECIPIENT("Recipient"),
        DESIGNATION("Designation", "Weapon designation"),
        DESCRIPTION("Description", "Weapon description"),
        CATEGORY("Armament category"),
        ORDER_YEAR("Order date", "Order year", "Year of order"),
        ORDER_YEAR_ESTIMATE("Order date is estimate", "Order year is estimate"),
        NUMBER_DELIVERED("Numbers delivered", "Number delivered"),
        NUMBER_DELIVERED_ESTIMATE("Numbers delivered is estimate", "Number delivered is estimate"),
        DELIVERY_YEAR("Delivery year"),
        DELIVERY_YEAR_ESTIMATE("Delivery year is estimate"),
        STATUS("Status"),
        TIV_UNIT_ESTIMATE("SIPRI estimate"),
        TIV_UNIT("TIV deal unit"),
        TIV_DELIVERED("TIV delivery values", "TIV delivery value"),
        LOCAL_PRODUCTION("Local production");

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

    /** At least this many of the 17 columns name a header; see {@link TradeRegisterReader#MIN_SCORE}. */
    static final int MIN_SCORE = 12;

    /** The deal-level columns, which every line of one deal must repeat alike. */
    private static final Map<Column, Function<ArmsDeal, Object>> DEAL_FIELDS = dealFields();

    private static Map<Column, Function<ArmsDeal, Object>> dealFields() {
        Map<Column, Function<ArmsDeal, Object>> m = new EnumMap<>(Column.class);
        m.put(Column.SUPPLIER, ArmsDeal::supplier);
        m.put(Column.RECIPIENT, ArmsDeal::recipient);
        m.put(Column.DESIGNATION, ArmsDeal::designation);
        m.put(Column.DESCRIPTION, ArmsDeal::description);
        m.put(Column.CATEGORY, ArmsDeal::category);
        m.put(Column.ORDER_YEAR, ArmsDeal::orderYear);
        m.put(Column.ORDER_YEAR_ESTIMATE, ArmsDeal::orderYearEstimate);
        m.put(Column.STATUS, ArmsDeal::status);
        m.put(Column.TIV_UNIT_ESTIMATE, ArmsDeal::tivUnitEstimate);
        m.put(Column.TIV_UNIT, ArmsDeal::tivUnit);
        m.put(Column.LOCAL_PRODUCTION, ArmsDeal::localProduction);
        return m;
    }

    /** A deal seen so far: as its first line states it, and the years of its lines. */
    private record DealLines(ArmsDeal first, TreeSet<Integer> years) {}

    private final Map<Long, DealLines> deals = new LinkedHashMap<>();
    private boolean finished;

    private DetailedRegisterReader(SipriCsv csv) {
        super(csv, Column.class, FORMAT);
    }

    public static DetailedRegisterReader open(Path file, InputStream in) throws IOException {
        return new DetailedRegisterReader(SipriCsv.open(file, in, DetailedRegisterReader::score, MIN_SCORE, FORMAT));
    }

    public static boolean recognises(List<String> headLines) {
        return SipriCsv.hasHeader(headLines, DetailedRegisterReader::score, MIN_SCORE);
    }

    private static int score(List<String> cells) {
        return ColumnIndex.score(cells, Column.class);
    }

    /** The next line's delivery, or null at the end of the file. */
    public ArmsDelivery next() {
        SipriCsv.Row row = csv.next();
        if (row == null) {
            finished = true;
            return null;
        }
        Cells c = new Cells(csv, row);
        long id = sipriId(c);
        String supplier = c.required(columns.index(Column.SUPPLIER));
        String recipient = c.required(columns.index(Column.RECIPIENT));
        Integer year = c.year(columns.index(Column.DELIVERY_YEAR));
        if (year == null) {
            throw c.bad(columns.index(Column.DELIVERY_YEAR), "is blank; every line of this export is one delivery year");
        }
        Integer number = c.count(columns.index(Column.NUMBER_DELIVERED));
        Boolean numberEstimate = c.yesNo(columns.index(Column.NUMBER_DELIVERED_ESTIMATE));
        Double tiv = c.tiv(columns.index(Column.TIV_DELIVERED));
        ArmsDeal deal = new ArmsDeal(
                row.line(),
                id,
                supplier,
                recipient,
                c.year(columns.index(Column.ORDER_YEAR)),
                c.yesNo(columns.index(Column.ORDER_YEAR_ESTIMATE)),
                null,
                null,
                c.text(columns.index(Column.DESIGNATION)),
                c.text(columns.index(Column.DESCRIPTION)),
                c.text(columns.index(Column.CATEGORY)),
                null,
                null,
                null,
                c.text(columns.index(Column.STATUS)),
                null,
                c.tiv(columns.index(Column.TIV_UNIT_ESTIMATE)),
                c.tiv(columns.index(Column.TIV_UNIT)),
                null,
                null,
                c.yesNo(columns.index(Column.LOCAL_PRODUCTION)));
        ArmsDelivery delivery = new ArmsDelivery(row.line(), id, supplier, recipient, year,
                c.yesNo(columns.index(Column.DELIVERY_YEAR_ESTIMATE)), number, numberEstimate, tiv);
        remember(c, deal, year);
        return delivery;
    }

    /** Notes the deal a line belongs to; a line that contradicts the deal's first line is an error. */
    private void remember(Cells c, ArmsDeal deal, int year) {
        DealLines seen = deals.get(deal.sipriId());
        if (seen == null) {
            deals.put(deal.sipriId(), new DealLines(deal, new TreeSet<>(List.of(year))));
            return;
        }
        for (Map.Entry<Column, Function<ArmsDeal, Object>> f : DEAL_FIELDS.entrySet()) {
            Object before = f.getValue().apply(seen.first());
            Object here = f.getValue().apply(deal);
            if (!Objects.equals(before, here)) {
                throw c.bad(columns.index(f.getKey()), "deal " + deal.sipriId() + " has '" + here + "' here but '"
                        + before + "' on line " + seen.first().line() + "; every line of a deal repeats its details");
            }
        }
        if (!seen.years().add(year)) {
            throw c.bad(columns.index(Column.DELIVERY_YEAR), "deal " + deal.sipriId() + " has a second line for "
                    + year + "; the export has one line per deal and delivery year");
        }
    }

    /**
     * The deals of the file, one per SIPRI AT Database ID in the order they first appear, each as
     * its first line states it with the years of all its lines; after {@link #next()} returned null.
     */
    public List<ArmsDeal> deals() {
        if (!finished) {
            throw new IllegalStateException("deals() before the file was read to its end");
        }
        List<ArmsDeal> out = new ArrayList<>(deals.size());
        for (DealLines d : deals.values()) {
            ArmsDeal f = d.first();
            int[] years = d.years().stream().mapToInt(Integer::intValue).toArray();
            out.add(new ArmsDeal(f.line(), f.sipriId(), f.supplier(), f.recipient(), f.orderYear(),
                    f.orderYearEstimate(), null, null, f.designation(), f.description(), f.category(), null, null,
                    years, f.status(), null, f.tivUnitEstimate(), f.tivUnit(), null, null, f.localProduction()));
        }
        return out;
    }

    private long sipriId(Cells c) {
        int i = columns.index(Column.SIPRI_ID);
        String s = c.required(i);
        if (!s.matches("\\d{1,18}")) {
            throw c.bad(i, "'" + s + "' is not a SIPRI AT Database ID (a whole number)");
        }
        return Long.parseLong(s);
    }
}
