package org.entente.source.events;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipException;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * GDELT events re-saved with a header row, as research projects and BigQuery exports write them:
 * comma- (or tab-) separated, quoted where needed, columns found by GDELT's names, so 1.0 and 2.0
 * layouts both read. {@code NA} (R's missing value) counts as blank, as in the shared
 * {@code gdelt1-georgia-*.csv} files.
 */
public final class GdeltHeaderReader implements EventReader {

    private final Path file;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final GdeltRowParser parser;
    private final char separator;
    private final List<String> values = new ArrayList<>(64);
    private long count;

    public GdeltHeaderReader(Path file, InputStream in) throws IOException {
        this.file = file;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        String first;
        try {
            reader.mark(1 << 15);
            first = reader.readLine();
            reader.reset();
        } catch (IOException e) {
            throw readFailure(e);
        }
        this.separator = first != null && first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
        this.csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .detectBomHeader(true)
                .ofCsvRecord(reader);
        this.records = csv.iterator();
        CsvRecord header = nextRecord();
        if (header == null) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        this.parser = new GdeltRowParser(file, GdeltColumns.header(file, header.getFields()));
    }

    /** A first line that names GDELT's columns, starting with GLOBALEVENTID. */
    public static boolean recognises(FileHead head) {
        String first = head.firstLine().replace("\"", "");
        return first.startsWith("GLOBALEVENTID,SQLDATE,") || first.startsWith("GLOBALEVENTID\tSQLDATE\t");
    }

    @Override
    public EventRecord next() throws IOException {
        CsvRecord rec = nextRecord();
        if (rec == null) {
            return null;
        }
        long line = rec.getStartingLineNumber();
        if (rec.getFieldCount() != parser.columns().size()) {
            throw new BadInputException(file, line, null, "expected " + parser.columns().size()
                    + " columns like the header, found " + rec.getFieldCount());
        }
        values.clear();
        for (String v : rec.getFields()) {
            values.add("NA".equals(v) ? "" : v);
        }
        count++;
        return parser.parse(line, values);
    }

    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        } catch (CsvParseException e) {
            throw new BadInputException(file, count + 2, null, "not valid CSV: " + e.getMessage());
        }
    }

    private BadInputException readFailure(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new BadInputException(file, count + 2, null, "not UTF-8 text (at or just after this line)");
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return new BadInputException(file, count + 2, null,
                    "the file ends abruptly (a truncated or damaged zip archive?): " + e.getMessage());
        }
        return new BadInputException(file, count + 2, null, "cannot read the file: " + e.getMessage(), e);
    }

    @Override
    public String origin() {
        return parser.columns().origin();
    }

    @Override
    public String layout() {
        String version = "gdelt2".equals(origin()) ? "GDELT 2.0" : "GDELT 1.0";
        return version + " events with a header row, " + parser.columns().size() + " "
                + (separator == '\t' ? "tab" : "comma") + "-separated columns";
    }

    @Override
    public long dataLines() {
        return count;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
