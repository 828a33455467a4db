package org.entente.source.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.source.BadInputException;

/**
 * The column layouts of GDELT event records, by GDELT's own column names.
 *
 * <p>From GDELT's codebooks (Leetaru and Schrodt 2013; GDELT 2.0 event codebook): five date and id
 * columns, ten per actor, ten for the action, then a block of geography per actor and for the
 * action, {@code DATEADDED} and {@code SOURCEURL}. GDELT 1.0 daily files have seven geography
 * fields per block (58 columns; 57 before April 2013, without {@code SOURCEURL}); GDELT 2.0 adds
 * {@code ADM2Code} to each block (61 columns).
 */
public final class GdeltColumns {

    private static final String[] ACTOR_FIELDS = {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
        "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"};
    private static final String[] ACTION_FIELDS = {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"};

    /** Columns a record must have, whatever the layout. */
    static final List<String> REQUIRED = List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name",
            "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
            "NumArticles", "AvgTone", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
            "ActionGeo_Long", "DATEADDED");

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private GdeltColumns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    /** The layout of a raw export with {@code count} columns: 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0). */
    public static GdeltColumns raw(int count) {
        if (count != 57 && count != 58 && count != 61) {
            throw new IllegalArgumentException("GDELT exports have 57, 58 or 61 columns, not " + count);
        }
        List<String> n = new ArrayList<>(count);
        n.addAll(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : ACTOR_FIELDS) {
                n.add(actor + f);
            }
        }
        n.addAll(List.of(ACTION_FIELDS));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            n.addAll(List.of(geo + "Type", geo + "FullName", geo + "CountryCode", geo + "ADM1Code"));
            if (count == 61) {
                n.add(geo + "ADM2Code");
            }
            n.addAll(List.of(geo + "Lat", geo + "Long", geo + "FeatureID"));
        }
        n.add("DATEADDED");
        if (count != 57) {
            n.add("SOURCEURL");
        }
        return new GdeltColumns(n);
    }

    /** The layout named by a header row; fails unless every required column is there. */
    public static GdeltColumns header(Path file, List<String> header) {
        GdeltColumns c = new GdeltColumns(header.stream().map(h -> h.replace("\uFEFF", "").strip()).toList());
        List<String> missing = REQUIRED.stream().filter(r -> !c.index.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(file, 1, null, "a GDELT header needs the columns " + missing);
        }
        return c;
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    /** Index of a column, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** GDELT 2.0 if the layout has ADM2 codes, else 1.0. */
    public String origin() {
        return index.containsKey("ActionGeo_ADM2Code") ? "gdelt2" : "gdelt1";
    }

    public List<String> names() {
        return names;
    }
}
