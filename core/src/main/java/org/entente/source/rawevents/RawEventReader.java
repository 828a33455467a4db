package org.entente.source.rawevents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.entente.source.BadInputException;

/**
 * Streams the lines of one raw event file (already unzipped) as events or malformed lines. Lazy: it
 * holds one line at a time, so a Spark task or a scan for sample lines stays small whatever the
 * file's size. The layout is recognised from the first line.
 */
public final class RawEventReader implements Iterator<RawEventReader.Item>, AutoCloseable {

    /** A line: either {@code event} is set, or {@code problem} says why the line is malformed. */
    public record Item(String file, long line, RawEvent event, String problem, String text)
            implements java.io.Serializable {
        public boolean malformed() {
            return problem != null;
        }
    }

    /** Longest line text kept in a malformed-line sample. */
    public static final int SAMPLE_CHARS = 160;

    private final String file;
    private final LineReader lines;
    private final RawEventLayout layout;
    private Item next;

    /**
     * @param file a label for messages: the path, or {@code archive.zip!entry} for a zip entry
     * @throws BadInputException if the first line is not a known layout
     */
    public RawEventReader(String file, InputStream in) throws IOException {
        this.file = file;
        this.lines = new LineReader(in);
        String first = lines.next();
        this.layout = RawEventLayout.detect(first);
        if (layout == null) {
            lines.close();
            throw new BadInputException(java.nio.file.Path.of(file), first == null ? 0 : 1, null,
                    "not a GDELT 1.0/2.0 export or ICEWS event file (expected 57, 58 or 61 tab-separated columns, "
                            + "a GLOBALEVENTID header or the ICEWS header)");
        }
        if (!layout.header()) {
            next = parse(first, lines.number());
        }
    }

    public RawEventLayout layout() {
        return layout;
    }

    private Item parse(String text, long number) {
        try {
            return new Item(file, number, RawEventRules.parse(layout, FieldSplitter.split(layout, text)), null, null);
        } catch (RawEventRules.Problem p) {
            String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) + "..." : text;
            return new Item(file, number, null, p.getMessage(), sample);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String text = lines.next();
                if (text == null) {
                    return false;
                }
                if (!text.isEmpty()) { // blank lines are skipped, as DuckDB's reader skips them
                    next = parse(text, lines.number());
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
