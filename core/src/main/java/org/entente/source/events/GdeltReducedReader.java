package org.entente.source.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * GDELT's reduced historical format (the 1979-2013 backfile as first released), tab-separated
 * with a header of 17 columns:
 *
 * <pre>
 *  1 Date            YYYYMMDD
 *  2 Source          CAMEO actor code of the source, e.g. USAGOV, IGOUNO, GOV, CHRCTH
 *  3 Target          CAMEO actor code of the target
 *  4 CAMEOCode       CAMEO event code, 2-4 digits
 *  5 NumEvents       events collapsed into this row (same date, actors and code)
 *  6 NumArts         articles mentioning them
 *  7 QuadClass       1-4, as in the full format
 *  8 Goldstein       Goldstein weight of the code
 *  9-11 SourceGeoType, SourceGeoLat, SourceGeoLong
 * 12-14 TargetGeoType, TargetGeoLat, TargetGeoLong
 * 15-17 ActionGeoType, ActionGeoLat, ActionGeoLong   (type: 1 country, 2 US state, 3 US city,
 *                                                     4 world city, 5 world state; blank if none)
 * </pre>
 *
 * There are no event ids and no country columns: an actor's country is the first three letters of
 * its code when they are a country code (they may instead be an actor type such as GOV or a
 * religion such as CHR). Trailing empty geography fields may be left off: in the shared 1979
 * sample the first data line stops after the source's (11 fields), so a line may have 8 to 17.
 */
public final class GdeltReducedReader implements EventReader {

    static final List<String> HEADER = List.of("Date", "Source", "Target", "CAMEOCode", "NumEvents", "NumArts",
            "QuadClass", "Goldstein", "SourceGeoType", "SourceGeoLat", "SourceGeoLong", "TargetGeoType",
            "TargetGeoLat", "TargetGeoLong", "ActionGeoType", "ActionGeoLat", "ActionGeoLong");
    private static final int EVENT_FIELDS = 8;

    private final Path file;
    private final Fields fields;
    private final TabSeparatedLines lines;
    private long count;

    public GdeltReducedReader(Path file, InputStream in) throws IOException {
        this.file = file;
        this.fields = new Fields(file);
        this.lines = new TabSeparatedLines(file, in);
        List<String> header = lines.next();
        if (header == null) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        if (!header.stream().map(String::strip).toList().equals(HEADER)) {
            throw new BadInputException(file, 1, null, "expected the reduced GDELT header "
                    + String.join(" ", HEADER) + " (tab-separated)");
        }
    }

    public static boolean recognises(FileHead head) {
        return head.firstLine().startsWith("Date\tSource\tTarget\tCAMEOCode\tNumEvents\t");
    }

    @Override
    public EventRecord next() throws IOException {
        List<String> f = lines.next();
        if (f == null) {
            return null;
        }
        long line = lines.line();
        if (f.size() < EVENT_FIELDS || f.size() > HEADER.size()) {
            throw new BadInputException(file, line, null, "expected " + EVENT_FIELDS + " to " + HEADER.size()
                    + " tab-separated columns (Date ... Goldstein, then geography), found " + f.size()
                    + (f.size() == 1 && f.get(0).isEmpty() ? " (an empty line)" : ""));
        }
        count++;
        String code = fields.cameoCode(line, "CAMEOCode", f.get(3));
        return new EventRecord(line, null,
                fields.yyyymmdd(line, "Date", f.get(0)),
                actor(line, "Source", f.get(1)),
                actor(line, "Target", f.get(2)),
                code,
                code.length() >= 3 ? code.substring(0, 3) : null,
                code.substring(0, 2),
                null,
                fields.quadClass(line, "QuadClass", f.get(6)),
                fields.goldstein(line, "Goldstein", f.get(7)),
                null, null,
                fields.optionalInt(line, "NumArts", f.get(5)),
                fields.requiredInt(line, "NumEvents", f.get(4)),
                null, null, null, null,
                fields.optionalDouble(line, "ActionGeoLat", field(f, 15)),
                fields.optionalDouble(line, "ActionGeoLong", field(f, 16)),
                null, null);
    }

    private static String field(List<String> f, int i) {
        return i < f.size() ? f.get(i) : null;
    }

    private EventRecord.Actor actor(long line, String field, String code) {
        String c = Fields.blankToNull(code);
        if (c == null) {
            return EventRecord.Actor.NONE;
        }
        c = c.strip();
        if (c.length() < 3) {
            throw fields.bad(line, field, "a CAMEO actor code has at least three letters, found '" + code + "'");
        }
        return new EventRecord.Actor(c, null, c.substring(0, 3), true, null);
    }

    @Override
    public String origin() {
        return "gdelt-reduced";
    }

    @Override
    public String layout() {
        return "GDELT reduced historical format, 17 tab-separated columns";
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
