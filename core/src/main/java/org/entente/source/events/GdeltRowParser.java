package org.entente.source.events;

import java.nio.file.Path;
import java.util.List;

/** Turns the fields of one GDELT record, in a given {@link GdeltColumns} layout, into an event. */
final class GdeltRowParser {

    private final Fields fields;
    private final GdeltColumns columns;
    private final int id;
    private final int date;
    private final int a1Code;
    private final int a1Name;
    private final int a1Country;
    private final int a2Code;
    private final int a2Name;
    private final int a2Country;
    private final int isRoot;
    private final int eventCode;
    private final int baseCode;
    private final int rootCode;
    private final int quad;
    private final int goldstein;
    private final int mentions;
    private final int sources;
    private final int articles;
    private final int tone;
    private final int place;
    private final int placeCountry;
    private final int lat;
    private final int lon;
    private final int dateAdded;
    private final int url;

    GdeltRowParser(Path file, GdeltColumns columns) {
        this.fields = new Fields(file);
        this.columns = columns;
        id = columns.indexOf("GLOBALEVENTID");
        date = columns.indexOf("SQLDATE");
        a1Code = columns.indexOf("Actor1Code");
        a1Name = columns.indexOf("Actor1Name");
        a1Country = columns.indexOf("Actor1CountryCode");
        a2Code = columns.indexOf("Actor2Code");
        a2Name = columns.indexOf("Actor2Name");
        a2Country = columns.indexOf("Actor2CountryCode");
        isRoot = columns.indexOf("IsRootEvent");
        eventCode = columns.indexOf("EventCode");
        baseCode = columns.indexOf("EventBaseCode");
        rootCode = columns.indexOf("EventRootCode");
        quad = columns.indexOf("QuadClass");
        goldstein = columns.indexOf("GoldsteinScale");
        mentions = columns.indexOf("NumMentions");
        sources = columns.indexOf("NumSources");
        articles = columns.indexOf("NumArticles");
        tone = columns.indexOf("AvgTone");
        place = columns.indexOf("ActionGeo_FullName");
        placeCountry = columns.indexOf("ActionGeo_CountryCode");
        lat = columns.indexOf("ActionGeo_Lat");
        lon = columns.indexOf("ActionGeo_Long");
        dateAdded = columns.indexOf("DATEADDED");
        url = columns.indexOf("SOURCEURL");
    }

    EventRecord parse(long line, List<String> f) {
        String eventId = fields.required(line, "GLOBALEVENTID", f.get(id)).strip();
        if (!Fields.digits(eventId)) {
            throw fields.bad(line, "GLOBALEVENTID", "expected a whole number, found '" + eventId + "'");
        }
        String code = fields.cameoCode(line, "EventCode", f.get(eventCode));
        return new EventRecord(line, eventId,
                fields.yyyymmdd(line, "SQLDATE", f.get(date)),
                actor(f, a1Code, a1Name, a1Country),
                actor(f, a2Code, a2Name, a2Country),
                code,
                Fields.blankToNull(f.get(baseCode)),
                fields.required(line, "EventRootCode", f.get(rootCode)).strip(),
                fields.optionalFlag(line, "IsRootEvent", f.get(isRoot)),
                fields.quadClass(line, "QuadClass", f.get(quad)),
                fields.goldstein(line, "GoldsteinScale", f.get(goldstein)),
                fields.optionalInt(line, "NumMentions", f.get(mentions)),
                fields.optionalInt(line, "NumSources", f.get(sources)),
                fields.optionalInt(line, "NumArticles", f.get(articles)),
                1,
                fields.optionalDouble(line, "AvgTone", f.get(tone)),
                null,
                Fields.blankToNull(f.get(place)),
                Fields.blankToNull(f.get(placeCountry)),
                fields.optionalDouble(line, "ActionGeo_Lat", f.get(lat)),
                fields.optionalDouble(line, "ActionGeo_Long", f.get(lon)),
                fields.dateAdded(line, "DATEADDED", f.get(dateAdded)),
                url < 0 ? null : Fields.blankToNull(f.get(url)));
    }

    private static EventRecord.Actor actor(List<String> f, int code, int name, int country) {
        String c = Fields.blankToNull(f.get(code));
        String n = Fields.blankToNull(f.get(name));
        String k = Fields.blankToNull(f.get(country));
        return c == null && n == null && k == null ? EventRecord.Actor.NONE : new EventRecord.Actor(c, n, k, false, null);
    }

    GdeltColumns columns() {
        return columns;
    }
}
