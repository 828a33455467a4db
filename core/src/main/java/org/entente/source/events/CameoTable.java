package org.entente.source.events;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * The CAMEO code lists GDELT distributes beside its data: two tab-separated columns with a
 * header. {@code CAMEO.eventcodes.txt} ({@code CAMEOEVENTCODE, EVENTDESCRIPTION}),
 * {@code CAMEO.goldsteinscale.txt} ({@code CAMEOEVENTCODE, GOLDSTEINSCALE}), and the actor code
 * lists {@code CAMEO.type.txt} and {@code CAMEO.knowngroup.txt} ({@code CODE, LABEL}).
 */
public final class CameoTable implements Closeable {

    /** Which list; the header names its two columns. */
    public enum Layout {
        EVENT_CODES("CAMEOEVENTCODE", "EVENTDESCRIPTION"),
        GOLDSTEIN("CAMEOEVENTCODE", "GOLDSTEINSCALE"),
        ACTOR_CODES("CODE", "LABEL");

        final String codeColumn;
        final String valueColumn;

        Layout(String codeColumn, String valueColumn) {
            this.codeColumn = codeColumn;
            this.valueColumn = valueColumn;
        }

        public boolean recognises(FileHead head) {
            return head.firstLine().strip().equalsIgnoreCase(codeColumn + "\t" + valueColumn);
        }
    }

    /** One row: {@code goldstein} is set for the Goldstein list, {@code label} for the others. */
    public record Entry(long line, String code, String label, Double goldstein) {}

    private final Path file;
    private final Layout layout;
    private final Fields fields;
    private final TabSeparatedLines lines;

    public CameoTable(Path file, InputStream in, Layout layout) throws IOException {
        this.file = file;
        this.layout = layout;
        this.fields = new Fields(file);
        this.lines = new TabSeparatedLines(file, in);
        List<String> header = lines.next();
        if (header == null) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        if (header.size() != 2 || !header.get(0).strip().equalsIgnoreCase(layout.codeColumn)
                || !header.get(1).strip().equalsIgnoreCase(layout.valueColumn)) {
            throw new BadInputException(file, 1, null,
                    "expected the header " + layout.codeColumn + "<tab>" + layout.valueColumn);
        }
    }

    /** The next entry, or null at the end. */
    public Entry next() throws IOException {
        List<String> f = lines.next();
        if (f == null) {
            return null;
        }
        long line = lines.line();
        if (f.size() != 2) {
            throw new BadInputException(file, line, null, "expected 2 tab-separated columns, found " + f.size()
                    + (f.size() == 1 && f.get(0).isEmpty() ? " (an empty line)" : ""));
        }
        String value = fields.required(line, layout.valueColumn, f.get(1)).strip();
        return switch (layout) {
            case EVENT_CODES -> new Entry(line, fields.cameoCode(line, layout.codeColumn, f.get(0)), value, null);
            case GOLDSTEIN -> new Entry(line, fields.cameoCode(line, layout.codeColumn, f.get(0)), null,
                    fields.goldstein(line, layout.valueColumn, value));
            case ACTOR_CODES -> new Entry(line, actorCode(line, f.get(0)), value, null);
        };
    }

    private String actorCode(long line, String value) {
        String v = fields.required(line, layout.codeColumn, value).strip();
        if (v.length() != 3 || !v.toUpperCase(Locale.ROOT).equals(v) || !v.chars().allMatch(Character::isLetter)) {
            throw fields.bad(line, layout.codeColumn, "a CAMEO actor code is three capital letters, found '" + value + "'");
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
