package org.entente.source.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * GDELT's raw event exports: tab-separated, no header, no quoting; 57 or 58 columns (GDELT 1.0
 * daily files, before and after April 2013) or 61 (GDELT 2.0 15-minute files). The first line
 * fixes the layout; every other line must have as many columns.
 */
public final class GdeltExportReader implements EventReader {

    private final Path file;
    private final TabSeparatedLines lines;
    private GdeltRowParser parser;
    private long count;

    public GdeltExportReader(Path file, InputStream in) {
        this.file = file;
        this.lines = new TabSeparatedLines(file, in);
    }

    /** A first line of 57, 58 or 61 tab-separated fields starting with an event id and a YYYYMMDD date. */
    public static boolean recognises(FileHead head) {
        List<String> lines = head.lines();
        if (lines.isEmpty()) {
            return false;
        }
        String[] f = lines.get(0).split("\t", -1);
        return (f.length == 57 || f.length == 58 || f.length == 61)
                && Fields.digits(f[0]) && f[1].length() == 8 && Fields.digits(f[1]);
    }

    @Override
    public EventRecord next() throws IOException {
        List<String> f = lines.next();
        if (f == null) {
            return null;
        }
        long line = lines.line();
        if (parser == null) {
            if (f.size() != 57 && f.size() != 58 && f.size() != 61) {
                throw new BadInputException(file, line, null, "a GDELT export line has 57 or 58 (GDELT 1.0) or 61"
                        + " (GDELT 2.0) tab-separated columns; this one has " + f.size());
            }
            parser = new GdeltRowParser(file, GdeltColumns.raw(f.size()));
        } else if (f.size() != parser.columns().size()) {
            throw new BadInputException(file, line, null, "expected " + parser.columns().size()
                    + " tab-separated columns like the first line, found " + f.size()
                    + (f.size() == 1 && f.get(0).isEmpty() ? " (an empty line)" : ""));
        }
        count++;
        return parser.parse(line, f);
    }

    @Override
    public String origin() {
        return parser == null ? null : parser.columns().origin();
    }

    @Override
    public String layout() {
        if (parser == null) {
            return null;
        }
        int n = parser.columns().size();
        return (n == 61 ? "GDELT 2.0" : "GDELT 1.0") + " export, " + n + " tab-separated columns";
    }

    @Override
    public long dataLines() {
        return count;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
