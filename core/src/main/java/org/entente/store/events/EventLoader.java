package org.entente.store.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Predicate;

import org.duckdb.DuckDBAppender;
import org.entente.source.BadInputException;
import org.entente.source.CountryResolver;
import org.entente.source.FileHead;
import org.entente.source.events.EventReader;
import org.entente.source.events.EventRecord;
import org.entente.source.events.GdeltExportReader;
import org.entente.source.events.GdeltHeaderReader;
import org.entente.source.events.GdeltReducedReader;
import org.entente.source.events.IcewsReader;
import org.entente.store.LoadContext;

/**
 * Loads an event file (GDELT export, GDELT with a header, GDELT reduced, ICEWS) into {@code event},
 * streaming it through a DuckDB appender.
 *
 * <p>Countries resolve to COW codes through the shared mapping ({@code cameo-codes.csv} for
 * GDELT's codes, {@code icews-names.csv} and {@code cow-states.csv} for ICEWS's names). Actors
 * with no country in the file (most GDELT actors: media, "police", "protesters") get NULL and are
 * not tallied; every country that is not a state (regions such as EUR, territories, unknown codes)
 * is kept with a NULL ccode and tallied in {@code unresolved_name}.
 *
 * <p>Duplicates: an event whose id is already stored for the same origin (GDELT 2.0 update files
 * repeat ids; the same GDELT 1.0 events can come as a daily file and as a re-saved extract) is
 * stored once, from the first file and line that gave it. Later copies are skipped and counted in
 * {@code event_file.duplicates}; {@code dataset.rows} counts the events actually stored. The
 * reduced format has no ids, so its rows are never deduplicated.
 */
public final class EventLoader extends NamedLoader {

    interface Opener {
        EventReader open(Path file, InputStream in) throws IOException;
    }

    public static final EventLoader GDELT_EXPORT = new EventLoader("gdelt-events",
            "GDELT raw event export, tab-separated without header: 57/58 (1.0) or 61 (2.0) columns, plain or .zip",
            GdeltExportReader::recognises, GdeltExportReader::new, Citations.GDELT);
    public static final EventLoader GDELT_HEADER = new EventLoader("gdelt-csv",
            "GDELT events with a header row (GLOBALEVENTID,SQLDATE,...), comma- or tab-separated, NA for blank",
            GdeltHeaderReader::recognises, GdeltHeaderReader::new, Citations.GDELT);
    public static final EventLoader GDELT_REDUCED = new EventLoader("gdelt-reduced",
            "GDELT reduced historical format (Date, Source, Target, CAMEOCode, NumEvents, ...)",
            GdeltReducedReader::recognises, GdeltReducedReader::new, Citations.GDELT);
    public static final EventLoader ICEWS = new EventLoader("icews-events",
            "ICEWS coded events (Dataverse .tab, header Event ID, Event Date, ...), plain or .zip",
            IcewsReader::recognises, IcewsReader::new, Citations.ICEWS);

    private final Predicate<FileHead> recogniser;
    private final Opener opener;
    private final String citation;

    private EventLoader(String kind, String description, Predicate<FileHead> recogniser, Opener opener,
            String citation) {
        super(kind, description);
        this.recogniser = recogniser;
        this.opener = opener;
        this.citation = citation;
    }

    @Override
    public boolean recognises(FileHead head) {
        return recogniser.test(head);
    }

    @Override
    public long load(LoadContext ctx) throws IOException, SQLException {
        String origin;
        String layout;
        long lines;
        try (InputStream in = ctx.openStream(); EventReader reader = opener.open(ctx.file(), in);
                DuckDBAppender app = ctx.appender("event")) {
            EventRecord e;
            while ((e = reader.next()) != null) {
                append(app, ctx, reader.origin(), e);
            }
            origin = reader.origin();
            layout = reader.layout();
            lines = reader.dataLines();
        }
        if (lines == 0) {
            throw new BadInputException(ctx.file(), 0, null, "no events in the file");
        }
        long duplicates = removeDuplicates(ctx, origin);
        if (duplicates > 0) {
            ctx.note(duplicates + " of the " + lines + " events have an id already stored for " + origin
                    + " (update files repeat events): each is stored once, and counted in event_file.duplicates");
        }
        try (PreparedStatement ps = ctx.prepare("INSERT INTO event_file VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, ctx.datasetId());
            ps.setString(2, origin);
            ps.setString(3, layout);
            ps.setLong(4, lines);
            ps.setLong(5, duplicates);
            ps.executeUpdate();
        }
        ctx.version(layout);
        ctx.citation(citation);
        return lines - duplicates;
    }

    private static void append(DuckDBAppender app, LoadContext ctx, String origin, EventRecord e)
            throws SQLException {
        boolean icews = "icews".equals(origin);
        String sourceRole = icews ? "source" : "actor1";
        String targetRole = icews ? "target" : "actor2";
        String sourceCountry = country(ctx, e.source());
        String targetCountry = country(ctx, e.target());
        app.beginRow()
                .append(ctx.datasetId())
                .append(e.line())
                .append(origin)
                .append(e.eventId())
                .append(e.date())
                .append(e.source().code())
                .append(e.source().name())
                .append(sourceCountry)
                .append(ccode(ctx, icews, sourceRole, e.source(), sourceCountry))
                .append(e.source().sectors())
                .append(e.target().code())
                .append(e.target().name())
                .append(targetCountry)
                .append(ccode(ctx, icews, targetRole, e.target(), targetCountry))
                .append(e.target().sectors())
                .append(e.cameoCode())
                .append(e.baseCode())
                .append(e.rootCode())
                .append(e.isRootEvent())
                .append(e.quadClass())
                .append(e.goldstein())
                .append(e.numMentions())
                .append(e.numSources())
                .append(e.numArticles())
                .append(e.numEvents())
                .append(e.avgTone())
                .append(e.eventText())
                .append(e.actionPlace())
                .append(e.actionCountry())
                .append(e.actionLat())
                .append(e.actionLon())
                .append(e.dateAdded())
                .append(e.sourceRef())
                .endRow();
    }

    /**
     * The country as stored: as written, except that a country read off an actor code (reduced
     * format) is dropped when those letters are not in the mapping at all, e.g. the type GOV.
     */
    private static String country(LoadContext ctx, EventRecord.Actor a) {
        if (a.country() == null || !a.countryInferred()) {
            return a.country();
        }
        return ctx.countries().resolveCameo(a.country()).kind() == CountryResolver.Kind.UNMAPPED ? null : a.country();
    }

    private static Integer ccode(LoadContext ctx, boolean icews, String role, EventRecord.Actor a, String country) {
        if (a.country() == null) {
            return null; // the file names no country for this actor
        }
        if (icews) {
            return ctx.resolveName(role, country);
        }
        if (country == null) { // letters of an actor code that are no country code
            ctx.unresolved(role, new CountryResolver.Resolution("cameo", a.country(), null,
                    CountryResolver.Kind.UNMAPPED, "actor code starts with no country code (an actor type or group)"));
            return null;
        }
        return ctx.resolveCameo(role, country);
    }

    /** Deletes this file's events whose id is already stored for the origin; returns how many. */
    private static long removeDuplicates(LoadContext ctx, String origin) throws SQLException {
        // Earlier datasets are already duplicate-free, so every row ranked after the first of its
        // id belongs to this dataset.
        String sql = """
                DELETE FROM event WHERE rowid IN (
                  SELECT rid FROM (
                    SELECT rowid AS rid, dataset_id,
                           row_number() OVER (PARTITION BY event_id ORDER BY dataset_id, line) AS rank
                    FROM event
                    WHERE origin = ? AND event_id IN (SELECT event_id FROM event WHERE dataset_id = ?))
                  WHERE rank > 1 AND dataset_id = ?)""";
        try (PreparedStatement ps = ctx.prepare(sql)) {
            ps.setString(1, origin);
            ps.setInt(2, ctx.datasetId());
            ps.setInt(3, ctx.datasetId());
            return ps.executeUpdate();
        }
    }
}
