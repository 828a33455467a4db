package org.entente.source.sipri;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.entente.source.BadInputException;

/**
 * The records of a SIPRI CSV export after its preamble. The header is found by its content (the
 * line among the first {@value #MAX_PREAMBLE} that best matches the format's column labels), not by
 * its line number, because releases and year ranges differ in their preamble.
 *
 * <p>Two quirks of SIPRI's exports are undone here, for every format alike:
 * <ul>
 *   <li>a line break inside an unquoted comment splits a record over two lines (the 2025-03-13
 *   register has four such records); a short record followed by one that supplies exactly the
 *   missing fields is joined back, the break kept in the field;</li>
 *   <li>some exports end every line with a stray {@code ;}; when the header line does, it is
 *   dropped from the last field of every record.</li>
 * </ul>
 * Any other record whose field count differs from the header's is an error naming its line.
 */
final class SipriCsv implements Closeable {

    static final int MAX_PREAMBLE = 60;

    /** One record: the line it starts on (1-based) and its fields. */
    record Row(long line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }
    }

    private final Path file;
    private final List<List<String>> preamble;
    private final List<String> header;
    private final long headerLine;
    private final boolean straySemicolon;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private IntFunction<String> labels;
    private CsvRecord lookahead;
    private long lastLine;

    private SipriCsv(Path file, List<List<String>> preamble, List<String> header, long headerLine,
            boolean straySemicolon, CsvReader<CsvRecord> reader, Iterator<CsvRecord> records) {
        this.file = file;
        this.preamble = preamble;
        this.header = header;
        this.headerLine = headerLine;
        this.straySemicolon = straySemicolon;
        this.reader = reader;
        this.records = records;
        this.lastLine = headerLine;
        this.labels = i -> i < header.size() && !header.get(i).isBlank() ? header.get(i).strip() : "field " + (i + 1);
    }

    /**
     * Reads the whole file (SIPRI exports are a few MB), finds the header line and positions the
     * reader after it.
     *
     * @param score how many of the format's columns a line's cells name
     * @param minScore the least score a header must reach
     * @param format the format's name, for messages
     */
    static SipriCsv open(Path file, InputStream in, ToIntFunction<List<String>> score, int minScore, String format)
            throws IOException {
        String text = SipriText.decode(in.readAllBytes());
        if (text.isBlank()) {
            throw new BadInputException(file, 0, null, "the file is empty, not a " + format);
        }
        List<String> lines = text.lines().limit(MAX_PREAMBLE).toList();
        int headerIndex = headerIndex(lines, score, minScore);
        if (headerIndex < 0) {
            throw new BadInputException(file, 0, null, "found no " + format + " header line in the first "
                    + MAX_PREAMBLE + " lines; is this a " + format + "?");
        }
        List<List<String>> preamble = new ArrayList<>();
        for (int i = 0; i < headerIndex; i++) {
            preamble.add(cells(lines.get(i)));
        }
        boolean stray = lines.get(headerIndex).stripTrailing().endsWith(";");
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(new StringReader(text));
        reader.skipLines(headerIndex);
        Iterator<CsvRecord> it = reader.iterator();
        CsvRecord h = it.next();
        List<String> header = stripStray(h.getFields(), stray);
        return new SipriCsv(file, preamble, header, h.getStartingLineNumber(), stray, reader, it);
    }

    /** True if one of the first lines of a file's head scores at least {@code minScore}. */
    static boolean hasHeader(List<String> headLines, ToIntFunction<List<String>> score, int minScore) {
        return headerIndex(headLines.stream().limit(MAX_PREAMBLE).toList(), score, minScore) >= 0;
    }

    /** The cells of one line of CSV, for preamble and header lines. */
    static List<String> cells(String line) {
        try {
            return CsvReader.builder().allowExtraCharsAfterClosingQuote(true).ofSingleCsvRecord(line).getFields();
        } catch (CsvParseException e) {
            return List.of(line);
        }
    }

    private static int headerIndex(List<String> lines, ToIntFunction<List<String>> score, int minScore) {
        int best = -1;
        int bestScore = minScore - 1;
        for (int i = 0; i < lines.size(); i++) {
            int s = score.applyAsInt(cells(lines.get(i)));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    Path file() {
        return file;
    }

    /** The first cell of each preamble line. */
    /**
     * The last year a date in this file can be: a few years past the generation date its preamble
     * states (SIPRI lists planned deliveries), or past this year when it states none. A year beyond
     * is a typing error, not data.
     */
    int latestYear() {
        if (latestYear == 0) {
            latestYear = SipriText.generated(preambleFirstCells()).map(g -> g.date().getYear())
                    .orElse(java.time.Year.now().getValue()) + YEARS_PAST_GENERATION;
        }
        return latestYear;
    }

    /** SIPRI's database begins in 1950; the register lists a few orders placed before it, the earliest in 1940. */
    static final int EARLIEST_YEAR = 1900;
    static final int YEARS_PAST_GENERATION = 5;
    private int latestYear;

    List<String> preambleFirstCells() {
        return preamble.stream().map(c -> c.isEmpty() ? "" : c.get(0)).toList();
    }

    List<String> header() {
        return header;
    }

    long headerLine() {
        return headerLine;
    }

    /** How fields are named in messages; by default the header's label. */
    void labels(IntFunction<String> labels) {
        this.labels = labels;
    }

    String label(int i) {
        return labels.apply(i);
    }

    /**
     * The next record with as many fields as the header, or null at the end. A line of empty
     * fields only (the TIV tables' spacer rows, wider than their header) is no record.
     */
    Row next() {
        CsvRecord r = take();
        while (r != null && r.getFields().stream().allMatch(String::isBlank)) {
            r = take();
        }
        if (r == null) {
            return null;
        }
        int width = header.size();
        List<String> f = stripStray(r.getFields(), straySemicolon);
        if (f.size() < width) {
            CsvRecord q = peek();
            if (q != null) {
                List<String> rest = stripStray(q.getFields(), straySemicolon);
                if (f.size() + rest.size() - 1 == width) {
                    lookahead = null;
                    List<String> joined = new ArrayList<>(f.subList(0, f.size() - 1));
                    joined.add(f.get(f.size() - 1) + "\n" + rest.get(0));
                    joined.addAll(rest.subList(1, rest.size()));
                    f = joined;
                }
            }
        }
        long line = r.getStartingLineNumber();
        if (f.size() < width) {
            throw new BadInputException(file, line, label(f.size()), "the line ends after " + f.size()
                    + " of the header's " + width + " fields (is the file cut short?)");
        }
        if (f.size() > width) {
            throw new BadInputException(file, line, "field " + (width + 1), "the line has " + f.size()
                    + " fields, the header (line " + headerLine + ") " + width);
        }
        return new Row(line, f);
    }

    private CsvRecord take() {
        if (lookahead != null) {
            CsvRecord r = lookahead;
            lookahead = null;
            return r;
        }
        return advance();
    }

    private CsvRecord peek() {
        if (lookahead == null) {
            lookahead = advance();
        }
        return lookahead;
    }

    private CsvRecord advance() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            lastLine = r.getStartingLineNumber();
            return r;
        } catch (CsvParseException e) {
            throw new BadInputException(file, lastLine + 1, null, "not readable as CSV: " + e.getMessage(), e);
        }
    }

    private static List<String> stripStray(List<String> fields, boolean stray) {
        if (!stray || fields.isEmpty()) {
            return fields;
        }
        String last = fields.get(fields.size() - 1);
        String trimmed = last.stripTrailing();
        if (!trimmed.endsWith(";")) {
            return fields;
        }
        List<String> copy = new ArrayList<>(fields);
        copy.set(copy.size() - 1, trimmed.substring(0, trimmed.length() - 1));
        return copy;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
