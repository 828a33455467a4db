package org.entente.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file whose first line names its columns, read one row at a time.
 *
 * <p>Fields are looked up by column name, so a reader does not depend on column order, and every
 * value is parsed through methods that turn a malformed field into a {@link BadInputException}
 * naming the file, the line and the column. A row with fewer or more fields than the header is an
 * error too: it is what a truncated or hand-damaged file looks like.
 */
public final class HeadedCsv implements Closeable {

    /** A column of this file, resolved once from the header so rows are read by index. */
    public record Column(String name, int index) {}

    private final Path file;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> rows;
    private final List<String> names;
    private final Map<String, Column> byName = new HashMap<>();
    private final long headerLine;
    private CsvRecord current;

    private HeadedCsv(Path file, CsvReader<CsvRecord> reader) {
        this.file = file;
        this.reader = reader;
        this.rows = reader.iterator();
        CsvRecord header = nextRecord();
        if (header == null) {
            throw new BadInputException(file, 0, null, "the file has no header line");
        }
        this.headerLine = header.getStartingLineNumber();
        List<String> n = new ArrayList<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = normalise(header.getField(i));
            n.add(name);
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, new Column(name, i));
            }
        }
        this.names = Collections.unmodifiableList(n);
        if (byName.isEmpty()) {
            throw new BadInputException(file, headerLine, null, "the header line is blank; expected column names");
        }
    }

    /**
     * Opens {@code in} (the bytes of {@code file}, which is named in errors) and reads the header.
     * The caller closes the result, which closes {@code in}.
     */
    public static HeadedCsv open(Path file, InputStream in, Charset charset) {
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)     // checked here, with a message that names the line
                .allowMissingFields(true)
                // no detectBomHeader: FastCSV 4.1 returns NUL characters for a file shorter than a
                // BOM; a UTF-8 BOM decodes to U+FEFF, which normalise() drops from the header
                .ofCsvRecord(in, charset);
        try {
            return new HeadedCsv(file, reader);
        } catch (RuntimeException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * UTF-8 if the head of the file is valid UTF-8 (a character cut off at the end of the head is
     * allowed), otherwise ISO-8859-1, which decodes any byte. COW and ATOP files are ASCII, but a
     * user's re-saved copy may be either.
     */
    public static Charset charsetOf(FileHead head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head.bytes());
        CharBuffer out = CharBuffer.allocate(head.bytes().length + 1);
        CoderResult r = decoder.decode(in, out, false);
        return r.isError() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    /**
     * The column names on the first non-blank line of {@code head}, normalised; empty if the head
     * is binary or the line does not parse as CSV. For recognising a file's layout.
     */
    public static Set<String> headerOf(FileHead head) {
        if (head.isEmpty() || head.isBinary()) {
            return Set.of();
        }
        for (String raw : head.lines()) {
            String line = raw.replace("\u00EF\u00BB\u00BF", ""); // a UTF-8 byte-order mark, read as ISO-8859-1
            if (line.isBlank()) {
                continue;
            }
            try {
                Set<String> out = new LinkedHashSet<>();
                for (String f : CsvReader.builder().ofSingleCsvRecord(line).getFields()) {
                    out.add(normalise(f));
                }
                return out;
            } catch (RuntimeException e) {
                return Set.of();
            }
        }
        return Set.of();
    }

    /** A header name as compared: unquoted, trimmed, lower case. */
    public static String normalise(String name) {
        String s = name.strip();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    public Path file() {
        return file;
    }

    /** The line (1-based) the header is on. */
    public long headerLine() {
        return headerLine;
    }

    /** The column names as normalised, in file order. */
    public List<String> columns() {
        return names;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** A column the layout requires; its absence is an error on the header line. */
    public Column column(String name) {
        Column c = byName.get(name);
        if (c == null) {
            throw new BadInputException(file, headerLine, name,
                    "the header has no column '" + name + "'; it has: " + String.join(",", names));
        }
        return c;
    }

    public Optional<Column> optionalColumn(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Requires every one of {@code required}, naming the first that is missing. */
    public void require(List<String> required) {
        for (String r : required) {
            column(r);
        }
    }

    /**
     * Columns {@code prefix1, prefix2, ...} in numeric order (e.g. ATOP's {@code atopid1..59}),
     * as many as the header has, stopping at the first gap.
     */
    public List<Column> numbered(String prefix) {
        List<Column> out = new ArrayList<>();
        for (int i = 1; byName.containsKey(prefix + i); i++) {
            out.add(byName.get(prefix + i));
        }
        return out;
    }

    /** Advances to the next data row; false at the end of the file. */
    public boolean next() {
        CsvRecord r = nextRecord();
        if (r == null) {
            current = null;
            return false;
        }
        if (r.getFieldCount() != names.size()) {
            // A single empty field is what a stray blank-ish line (e.g. only spaces) parses to.
            throw new BadInputException(file, r.getStartingLineNumber(), null, String.format(
                    "the line has %d fields but the header has %d%s", r.getFieldCount(), names.size(),
                    r.getFieldCount() < names.size() ? " (is the file truncated?)" : ""));
        }
        current = r;
        return true;
    }

    private CsvRecord nextRecord() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (CsvParseException e) {
            throw new BadInputException(file, 0, null, "malformed CSV: " + e.getMessage(), e);
        }
    }

    /** The line (1-based) where the current row starts. */
    public long line() {
        return current.getStartingLineNumber();
    }

    /** The raw text of a field, stripped of surrounding blanks. */
    public String text(Column c) {
        return current.getField(c.index()).strip();
    }

    /** True when the field is empty or one of {@code missing} (e.g. COW's {@code -9}). */
    public boolean isMissing(Column c, String... missing) {
        String s = text(c);
        if (s.isEmpty() || s.equalsIgnoreCase("NA")) {
            return true;
        }
        for (String m : missing) {
            if (s.equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** A required non-empty text field. */
    public String requiredText(Column c) {
        String s = text(c);
        if (s.isEmpty()) {
            throw bad(c, "is empty; a value is required");
        }
        return s;
    }

    /** A required integer. Accepts a whole number written as a decimal, e.g. {@code 1816.0}. */
    public int integer(Column c) {
        String s = text(c);
        if (s.isEmpty()) {
            throw bad(c, "is empty; an integer is required");
        }
        return parseInt(c, s);
    }

    /**
     * A required year, refused when it is before {@code earliest} (the first year the dataset
     * covers) or more than {@link #YEARS_AHEAD} years past this one: COW and ATOP files state no
     * generation date, and a year beyond that is a typing error, not data.
     */
    public int year(Column c, int earliest) {
        int y = integer(c);
        int latest = java.time.Year.now().getValue() + YEARS_AHEAD;
        if (y < earliest || y > latest) {
            throw bad(c, y + " is outside the years this dataset can hold (" + earliest + "-" + latest + ")");
        }
        return y;
    }

    /** How far past the current year a year in a file may be. */
    public static final int YEARS_AHEAD = 5;

    /** An integer, or null when the field is missing. */
    public Integer integerOrNull(Column c, String... missing) {
        if (isMissing(c, missing)) {
            return null;
        }
        return parseInt(c, text(c));
    }

    /** A required decimal number. */
    public double decimal(Column c) {
        String s = text(c);
        if (s.isEmpty()) {
            throw bad(c, "is empty; a number is required");
        }
        return parseDouble(c, s);
    }

    /** A decimal number, or null when the field is missing. */
    public Double decimalOrNull(Column c, String... missing) {
        if (isMissing(c, missing)) {
            return null;
        }
        return parseDouble(c, text(c));
    }

    /**
     * A 0/1 (or 0/1/2...) code read as a flag: values above zero are true, zero is false, empty is
     * null. Negative codes are rejected, as no dataset read this way uses them.
     */
    public Boolean flagOrNull(Column c) {
        Integer v = integerOrNull(c);
        if (v == null) {
            return null;
        }
        if (v < 0) {
            throw bad(c, "'" + v + "' is negative; expected a code of 0 or more");
        }
        return v > 0;
    }

    /** An ISO date ({@code yyyy-mm-dd}), or null when empty. */
    public LocalDate isoDateOrNull(Column c) {
        String s = text(c);
        if (s.isEmpty() || s.equalsIgnoreCase("NA")) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw bad(c, "'" + s + "' is not a date yyyy-mm-dd");
        }
    }

    /** A date from three integer columns; the column named in an error is the one at fault. */
    public LocalDate date(Column year, Column month, Column day) {
        int y = integer(year);
        int m = integer(month);
        int d = integer(day);
        if (m < 1 || m > 12) {
            throw bad(month, "'" + m + "' is not a month 1-12");
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw bad(day, "'" + d + "': there is no such day in " + y + "-" + m);
        }
    }

    /**
     * A date from three columns, or null when the year is missing (empty or one of
     * {@code missing}); a year without a month or day is an error on the month or day.
     */
    public LocalDate dateOrNull(Column year, Column month, Column day, String... missing) {
        if (isMissing(year, missing)) {
            return null;
        }
        if (isMissing(month, missing)) {
            throw bad(month, "is missing but the year is given; expected a month 1-12");
        }
        if (isMissing(day, missing)) {
            throw bad(day, "is missing but the year is given; expected a day of the month");
        }
        return date(year, month, day);
    }

    /** A malformed-field error on the current row. */
    public BadInputException bad(Column c, String problem) {
        return new BadInputException(file, line(), c.name(), problem);
    }

    /** A problem with the current row as a whole. */
    public BadInputException badRow(String problem) {
        return new BadInputException(file, line(), null, problem);
    }

    private int parseInt(Column c, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            double d;
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e2) {
                throw bad(c, "'" + s + "' is not a number; expected an integer");
            }
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw bad(c, "'" + s + "' is not a whole number; expected an integer");
            }
            return (int) d;
        }
    }

    private double parseDouble(Column c, String s) {
        // Java also accepts "NaN", "Infinity", hex and a trailing d/f; a data file means none of those.
        char last = s.charAt(s.length() - 1);
        if (!(Character.isDigit(last) || last == '.')) {
            throw bad(c, "'" + s + "' is not a number");
        }
        try {
            double d = Double.parseDouble(s);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw bad(c, "'" + s + "' is not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(c, "'" + s + "' is not a number");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
