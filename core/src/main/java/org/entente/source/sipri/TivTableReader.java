package org.entente.source.sipri;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.source.BadInputException;
import org.entente.source.UniqueRows;

/**
 * Reads a SIPRI "TIV of arms exports from X, 1950-2021" table: a preamble whose title names the
 * supplier, a header {@code ,1950,...,2021,Total}, one row per recipient and a closing
 * {@code Total} row.
 *
 * <p>The totals are checked against the figures: each row's Total against the row's cells, each
 * year of the Total row against that year's column, and the grand total against the rows'
 * totals. SIPRI rounds every figure it prints (cells and totals alike) to the nearest unit on its
 * own, so each printed figure may be up to half a unit from its true value: a sum of n printed
 * figures may differ from the printed total of the true values by up to 0.5 x (n + 1) units. A
 * difference beyond that is not rounding, and the file is rejected naming the line. (Across the
 * 134 tables generated 28 Jul 2022 the largest gap is exactly 0.5 per summed figure, e.g. 6 over
 * the 12 figures of Israel's row for Italy.)
 */
public final class TivTableReader implements Closeable {

    static final String FORMAT = "SIPRI TIV export table";

    private static final Pattern TITLE =
            Pattern.compile("(?i)^\\s*TIV of arms exports from (.+?),\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final SipriCsv csv;
    private final String supplier;
    private final Optional<SipriText.Generated> generated;
    /** A table has one row per recipient; a repeated one would count its transfers twice. */
    private final UniqueRows recipients;
    private final int[] years;
    private final int totalColumn;
    private final ArrayDeque<TivFlow> pending = new ArrayDeque<>();
    private final Sum[] columnSums;
    private final Sum rowTotals = new Sum();
    private boolean totalSeen;
    private long lastLine;

    private TivTableReader(SipriCsv csv) {
        this.csv = csv;
        this.supplier = title(csv);
        this.recipients = new UniqueRows(csv.file(), "recipient");
        this.generated = SipriText.generated(csv.preambleFirstCells());
        List<String> header = csv.header();
        this.totalColumn = header.size() - 1;
        this.years = new int[header.size() - 2];
        this.columnSums = new Sum[years.length];
        for (int i = 0; i < years.length; i++) {
            String y = header.get(i + 1).strip();
            if (!YEAR.matcher(y).matches()) {
                throw new BadInputException(csv.file(), csv.headerLine(), "field " + (i + 2),
                        "'" + y + "' in the header is not a year");
            }
            years[i] = Integer.parseInt(y);
            if (years[i] < SipriCsv.EARLIEST_YEAR || years[i] > csv.latestYear()) {
                throw new BadInputException(csv.file(), csv.headerLine(), "field " + (i + 2), years[i]
                        + " is outside the years this table can hold (" + SipriCsv.EARLIEST_YEAR + "-" + csv.latestYear()
                        + ": up to " + SipriCsv.YEARS_PAST_GENERATION + " years past the date the file was generated)");
            }
            columnSums[i] = new Sum();
        }
        this.lastLine = csv.headerLine();
        csv.labels(i -> i == 0 ? "recipient" : i == totalColumn ? "Total" : i < totalColumn ? "" + years[i - 1]
                : "field " + (i + 1));
    }

    public static TivTableReader open(Path file, InputStream in) throws IOException {
        return new TivTableReader(SipriCsv.open(file, in, TivTableReader::score, 1, FORMAT));
    }

    /** A title "TIV of arms exports from ..." and a header of years ending in Total. */
    public static boolean recognises(List<String> headLines) {
        boolean titled = headLines.stream().limit(SipriCsv.MAX_PREAMBLE)
                .map(SipriCsv::cells)
                .anyMatch(c -> !c.isEmpty() && TITLE.matcher(c.get(0)).matches());
        return titled && SipriCsv.hasHeader(headLines, TivTableReader::score, 1);
    }

    /** The number of year columns of a header {@code ,1950,...,2021,Total}; 0 for any other line. */
    private static int score(List<String> cells) {
        int n = cells.size();
        if (n < 3 || !cells.get(0).isBlank() || !cells.get(n - 1).strip().equalsIgnoreCase("total")) {
            return 0;
        }
        for (int i = 1; i < n - 1; i++) {
            if (!YEAR.matcher(cells.get(i).strip()).matches()) {
                return 0;
            }
        }
        return n - 2;
    }

    private static String title(SipriCsv csv) {
        for (String cell : csv.preambleFirstCells()) {
            Matcher m = TITLE.matcher(cell);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        throw new BadInputException(csv.file(), 1, null,
                "no title 'TIV of arms exports from SUPPLIER, YYYY-YYYY' above the header: the supplier is unknown");
    }

    /** The supplier the title names, as written. */
    public String supplier() {
        return supplier;
    }

    public Optional<SipriText.Generated> generated() {
        return generated;
    }

    /** The next non-blank cell as a flow, or null after the Total row has been read and checked. */
    public TivFlow next() {
        while (pending.isEmpty()) {
            SipriCsv.Row row = csv.next();
            if (row == null) {
                if (!totalSeen) {
                    throw new BadInputException(csv.file(), lastLine, null,
                            "the table ends without its closing Total row (is the file cut short?)");
                }
                return null;
            }
            lastLine = row.line();
            Cells c = new Cells(csv, row);
            String recipient = c.text(0);
            if (totalSeen) {
                throw c.bad(0, "a row after the closing Total row");
            }
            if (recipient == null) {
                throw c.bad(0, "is blank in a row with figures; every row names a recipient");
            }
            if (recipient.equalsIgnoreCase("total")) {
                checkTotalRow(c);
                totalSeen = true;
            } else {
                readRecipientRow(c, recipient);
            }
        }
        return pending.poll();
    }

    private void readRecipientRow(Cells c, String recipient) {
        recipients.check(c.line(), recipient);
        Sum row = new Sum();
        for (int i = 0; i < years.length; i++) {
            String raw = c.text(i + 1);
            Double tiv = c.tiv(i + 1);
            if (tiv != null) {
                pending.add(new TivFlow(c.line(), supplier, recipient, years[i], tiv));
                row.add(raw);
                columnSums[i].add(raw);
            }
        }
        String total = c.text(totalColumn);
        c.tiv(totalColumn);
        if (total == null) {
            if (row.count > 0) {
                throw c.bad(totalColumn, "is blank in a row with figures");
            }
            return;
        }
        check(c, totalColumn, row, total, "the row's figures");
        rowTotals.add(total);
    }

    private void checkTotalRow(Cells c) {
        for (int i = 0; i < years.length; i++) {
            String stated = c.text(i + 1);
            c.tiv(i + 1);
            if (stated == null) {
                if (columnSums[i].count > 0) {
                    throw c.bad(i + 1, "is blank in the Total row, but the year has figures");
                }
                continue;
            }
            check(c, i + 1, columnSums[i], stated, "the year's figures");
        }
        String grand = c.text(totalColumn);
        c.tiv(totalColumn);
        if (grand == null) {
            throw c.bad(totalColumn, "the grand total is blank");
        }
        check(c, totalColumn, rowTotals, grand, "the rows' totals");
    }

    /** Rejects a stated total farther from the sum than the figures' rounding can explain. */
    private static void check(Cells c, int field, Sum sum, String stated, String what) {
        BigDecimal total = new BigDecimal(stated);
        int scale = Math.max(sum.scale, Math.max(total.scale(), 0));
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        BigDecimal tolerance = halfUnit.multiply(BigDecimal.valueOf(sum.count + 1L));
        BigDecimal gap = sum.total.subtract(total).abs();
        if (gap.compareTo(tolerance) > 0) {
            throw c.bad(field, String.format(Locale.ROOT,
                    "%s add up to %s, but the stated total is %s: %s apart, more than SIPRI's rounding explains"
                            + " (at most %s: half a unit for each of the %d figures and for the total)",
                    what, sum.total.toPlainString(), stated, gap.toPlainString(), tolerance.toPlainString(), sum.count));
        }
    }

    /** An exact sum of printed figures, their number and their most decimals. */
    private static final class Sum {
        BigDecimal total = BigDecimal.ZERO;
        int count;
        int scale;

        void add(String figure) {
            BigDecimal v = new BigDecimal(figure);
            total = total.add(v);
            count++;
            scale = Math.max(scale, v.scale());
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
