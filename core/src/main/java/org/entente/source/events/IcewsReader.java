package org.entente.source.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.source.BadInputException;
import org.entente.source.FileHead;

/**
 * ICEWS event files as the Harvard Dataverse publishes them (Boschee et al. 2015): tab-separated,
 * no quoting, a header naming the columns ({@code Event ID, Event Date, Source Name, Source
 * Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name, Target Sectors, Target
 * Country, Story ID, Sentence Number, Publisher, City, District, Province, Country, Latitude,
 * Longitude}); columns are found by name. {@code NA} is ICEWS's blank.
 *
 * <p>ICEWS gives no QuadClass: it is derived from the CAMEO root by {@link QuadClass}. Intensity is
 * ICEWS's Goldstein-style weight (-10..+10) and is stored as the Goldstein value; it equals the
 * CAMEO Goldstein table for most codes, not all (in the shared 2018 sample ICEWS gives 022 3.4
 * where the table has 3.2, 016 -5 for -2, 164 -6.5 for -7).
 */
public final class IcewsReader implements EventReader {

    static final List<String> REQUIRED = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country");

    private final Path file;
    private final Fields fields;
    private final TabSeparatedLines lines;
    private final int columns;
    private final Map<String, Integer> index = new HashMap<>();
    private long count;

    public IcewsReader(Path file, InputStream in) throws IOException {
        this.file = file;
        this.fields = new Fields(file);
        this.lines = new TabSeparatedLines(file, in);
        List<String> header = lines.next();
        if (header == null) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        this.columns = header.size();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(file, 1, null, "an ICEWS header needs the columns " + missing);
        }
    }

    public static boolean recognises(FileHead head) {
        return head.firstLine().startsWith("Event ID\tEvent Date\tSource Name\t");
    }

    @Override
    public EventRecord next() throws IOException {
        List<String> f = lines.next();
        if (f == null) {
            return null;
        }
        long line = lines.line();
        if (f.size() != columns) {
            throw new BadInputException(file, line, null, "expected " + columns
                    + " tab-separated columns like the header, found " + f.size()
                    + (f.size() == 1 && f.get(0).isEmpty() ? " (an empty line)" : ""));
        }
        count++;
        String code = fields.cameoCode(line, "CAMEO Code", get(f, "CAMEO Code"));
        return new EventRecord(line,
                fields.required(line, "Event ID", get(f, "Event ID")).strip(),
                fields.isoDate(line, "Event Date", get(f, "Event Date")),
                actor(f, "Source"),
                actor(f, "Target"),
                code,
                code.length() >= 3 ? code.substring(0, 3) : null,
                code.substring(0, 2),
                null,
                QuadClass.ofCode(code),
                fields.goldstein(line, "Intensity", get(f, "Intensity")),
                null, null, null, 1, null,
                get(f, "Event Text"),
                place(f),
                get(f, "Country"),
                fields.optionalDouble(line, "Latitude", get(f, "Latitude")),
                fields.optionalDouble(line, "Longitude", get(f, "Longitude")),
                null,
                reference(f));
    }

    /** The value of a named column, null if blank, NA or absent from this file's header. */
    private String get(List<String> f, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String v = f.get(i);
        return v.isBlank() || "NA".equals(v) ? null : v;
    }

    private EventRecord.Actor actor(List<String> f, String side) {
        String name = get(f, side + " Name");
        String country = get(f, side + " Country");
        String sectors = get(f, side + " Sectors");
        return name == null && country == null ? EventRecord.Actor.NONE
                : new EventRecord.Actor(null, name, country, false, sectors);
    }

    private String place(List<String> f) {
        List<String> parts = new ArrayList<>(3);
        for (String c : List.of("City", "District", "Province")) {
            String v = get(f, c);
            if (v != null) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String reference(List<String> f) {
        String publisher = get(f, "Publisher");
        String story = get(f, "Story ID");
        String sentence = get(f, "Sentence Number");
        if (publisher == null && story == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(publisher == null ? "" : publisher);
        if (story != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("story ").append(story);
            if (sentence != null) {
                sb.append(" sentence ").append(sentence);
            }
        }
        return sb.toString();
    }

    @Override
    public String origin() {
        return "icews";
    }

    @Override
    public String layout() {
        return "ICEWS events, " + columns + " tab-separated columns";
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
