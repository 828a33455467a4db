package org.entente.measure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an aggregation read, what it left out and why. Every line read is accounted for:
 * {@code rows = malformed + duplicates + events} and
 * {@code events = nonRoot + unresolved + domestic + outsideDyads + aggregated}.
 *
 * @param rows           data lines read (headers and blank lines aside)
 * @param duplicates     lines whose event id an earlier-kept line already had
 * @param unresolved     events left out because an actor is not a state the mapping knows
 * @param domestic       events whose two actors are the same state (not a dyad)
 * @param aggregated     events summed into the series
 * @param cells          rows of the series (origin, dyad, period)
 */
public record AggregateSummary(String engine, String by, boolean rootOnly, String dyads, long rows, long malformed,
        long duplicates, long events, long nonRoot, long unresolved, long domestic, long outsideDyads,
        long aggregated, long cells, List<MalformedFile> malformedFiles, List<UnresolvedCode> unresolvedCodes) {

    /** Malformed lines of one file: how many, and the first of them. */
    public record MalformedFile(String file, long lines, long firstLine, String problem, String text) {}

    /** Events left out because one actor's country did not resolve to a state; {@code code} null if blank. */
    public record UnresolvedCode(String role, String code, String kind, long events) {}

    public AggregateSummary {
        malformedFiles = List.copyOf(malformedFiles);
        unresolvedCodes = List.copyOf(unresolvedCodes);
    }

    /** Reads the summary off the {@code cells} view, with the same queries on every engine. */
    public static AggregateSummary collect(String engine, AggregateRequest r, SqlRunner sql) {
        long malformed = 0, duplicates = 0, events = 0, nonRoot = 0, unresolved = 0, domestic = 0, outside = 0,
                aggregated = 0, cells = 0;
        for (List<Object> row : sql.rows("SELECT status, CAST(sum(events) AS BIGINT), CAST(sum(duplicates) AS BIGINT), "
                + "CAST(sum(malformed_lines) AS BIGINT), CAST(count(*) AS BIGINT) FROM cells GROUP BY status")) {
            String status = (String) row.get(0);
            long n = num(row.get(1));
            duplicates += num(row.get(2));
            malformed += num(row.get(3));
            switch (status) {
                case "malformed" -> { }
                case "non_root" -> nonRoot += n;
                case "unresolved_source", "unresolved_target" -> unresolved += n;
                case "domestic" -> domestic += n;
                case "outside_dyads" -> outside += n;
                case "ok" -> {
                    aggregated += n;
                    cells += num(row.get(4));
                }
                default -> throw new IllegalStateException("unknown status " + status);
            }
            events += n;
        }
        List<UnresolvedCode> codes = new ArrayList<>();
        for (List<Object> row : sql.rows("SELECT status, detail, detail_kind, CAST(sum(events) AS BIGINT) FROM cells "
                + "WHERE status IN ('unresolved_source', 'unresolved_target') GROUP BY status, detail, detail_kind")) {
            String role = row.get(0).equals("unresolved_source") ? "source" : "target";
            codes.add(new UnresolvedCode(role, (String) row.get(1), (String) row.get(2), num(row.get(3))));
        }
        codes.sort(Comparator.comparingLong(UnresolvedCode::events).reversed()
                .thenComparing(UnresolvedCode::role)
                .thenComparing(c -> c.code() == null ? "" : c.code()));
        List<MalformedFile> files = new ArrayList<>();
        for (List<Object> row : sql.rows("SELECT detail, CAST(sum(malformed_lines) AS BIGINT), min(first_bad_line), "
                + "min_by(first_bad_problem, first_bad_line), min_by(first_bad_text, first_bad_line) "
                + "FROM cells WHERE status = 'malformed' GROUP BY detail")) {
            files.add(new MalformedFile((String) row.get(0), num(row.get(1)),
                    row.get(2) == null ? 0 : num(row.get(2)), (String) row.get(3), (String) row.get(4)));
        }
        files.sort(Comparator.comparing(MalformedFile::file));
        return new AggregateSummary(engine, r.by().lowerName(), r.rootOnly(), r.dyads().isAll() ? "" : r.dyads().toArg(),
                malformed + duplicates + events, malformed, duplicates, events, nonRoot, unresolved, domestic, outside,
                aggregated, cells, files, codes);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The same summary with another list of malformed files (the DuckDB engine completes its own). */
    public AggregateSummary withMalformedFiles(List<MalformedFile> files) {
        long m = files.stream().mapToLong(MalformedFile::lines).sum();
        List<MalformedFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(MalformedFile::file));
        return new AggregateSummary(engine, by, rootOnly, dyads, rows - malformed + m, m, duplicates, events, nonRoot,
                unresolved, domestic, outsideDyads, aggregated, cells, sorted, unresolvedCodes);
    }

    /** The error {@code --strict} raises: the first malformed line, and how many there are. */
    public org.entente.source.BadInputException strictFailure() {
        MalformedFile f = malformedFiles.get(0);
        return new org.entente.source.BadInputException(java.nio.file.Path.of(f.file()), f.firstLine(), null,
                f.problem() + " (" + malformed + " malformed lines in " + malformedFiles.size()
                        + " files; --strict, so nothing was written)");
    }

    public AggregateSummary withEngine(String name) {
        return new AggregateSummary(name, by, rootOnly, dyads, rows, malformed, duplicates, events, nonRoot, unresolved,
                domestic, outsideDyads, aggregated, cells, malformedFiles, unresolvedCodes);
    }

    /**
     * Writes the summary as indented JSON with Jackson's streaming generator, field by field in
     * the record's order. Not the ObjectMapper, which reads it back ({@link #readJson}): loading
     * and configuring data binding (some 500 classes) cost 0.2-0.4 s, a tenth of a small aggregation.
     */
    public void writeJson(OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("engine", engine);
            g.writeStringField("by", by);
            g.writeBooleanField("rootOnly", rootOnly);
            g.writeStringField("dyads", dyads);
            g.writeNumberField("rows", rows);
            g.writeNumberField("malformed", malformed);
            g.writeNumberField("duplicates", duplicates);
            g.writeNumberField("events", events);
            g.writeNumberField("nonRoot", nonRoot);
            g.writeNumberField("unresolved", unresolved);
            g.writeNumberField("domestic", domestic);
            g.writeNumberField("outsideDyads", outsideDyads);
            g.writeNumberField("aggregated", aggregated);
            g.writeNumberField("cells", cells);
            g.writeArrayFieldStart("malformedFiles");
            for (MalformedFile f : malformedFiles) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeNumberField("lines", f.lines());
                g.writeNumberField("firstLine", f.firstLine());
                g.writeStringField("problem", f.problem());
                g.writeStringField("text", f.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unresolvedCodes");
            for (UnresolvedCode c : unresolvedCodes) {
                g.writeStartObject();
                g.writeStringField("role", c.role());
                g.writeStringField("code", c.code());
                g.writeStringField("kind", c.kind());
                g.writeNumberField("events", c.events());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static AggregateSummary readJson(InputStream in) throws IOException {
        return new ObjectMapper().readValue(in, AggregateSummary.class);
    }

    /** A few lines for a person: what was read, left out and kept. */
    public void print(PrintWriter out, String where) {
        out.printf("read %,d event lines: %,d events, %,d duplicate lines dropped, %,d malformed lines%n",
                rows, events, duplicates, malformed);
        if (nonRoot > 0) {
            out.printf("  left out %,d events not marked as root events (--root-only)%n", nonRoot);
        }
        out.printf("  left out %,d events whose actors are not both states in the country mapping%n", unresolved);
        int shown = 0;
        for (UnresolvedCode c : unresolvedCodes) {
            if (shown++ == 8) {
                out.printf("      ... %d more codes in %s%n", unresolvedCodes.size() - 8, where + "/" + AggregateRequest.SUMMARY_FILE);
                break;
            }
            out.printf("      %-6s %-28s %-12s %,d%n", c.role(), c.code() == null ? "(blank)" : c.code(), c.kind(), c.events());
        }
        out.printf("  left out %,d domestic events (the same state on both sides)%n", domestic);
        if (!dyads.isEmpty()) {
            out.printf("  left out %,d events outside --dyads %s%n", outsideDyads, dyads);
        }
        out.printf("aggregated %,d events into %,d %s dyad-periods (%s engine): %s%n", aggregated, cells, by, engine, where);
        out.flush();
    }

    /** The malformed files, for stderr. */
    public void printMalformed(PrintWriter err) {
        int shown = 0;
        for (MalformedFile f : malformedFiles) {
            if (shown++ == 10) {
                err.printf("entente: ... and %d more files with malformed lines (see %s)%n", malformedFiles.size() - 10,
                        AggregateRequest.SUMMARY_FILE);
                break;
            }
            err.printf("entente: %s: %,d malformed lines; first at line %d: %s%n", f.file(), f.lines(), f.firstLine(),
                    f.problem());
        }
        err.flush();
    }
}
