package org.entente.source.rawevents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes GDELT-shaped raw files for tests and benchmarks, drawn from real GDELT rows (the samples in
 * {@code shared/data/events}): each synthetic event copies a real event's codes, Goldstein value,
 * mentions, tone, names and places, gets a new id and a date spread over the chosen years, and with
 * probability one half per actor has its country redrawn from the countries the real rows name, so
 * there are more dyads than in one sample yet in realistic proportions. Optionally some lines repeat
 * an earlier event (as GDELT update files do) or are broken on purpose.
 */
public final class SyntheticGdelt {

    /** Settings; {@code duplicates} and {@code malformed} are fractions of the lines written. */
    public record Plan(long rows, int files, long seed, boolean gdelt2, double duplicates, double malformed,
            boolean zip, LocalDate from, LocalDate to) {}

    private final List<String[]> templates;
    private final List<String> countries;

    private SyntheticGdelt(List<String[]> templates, List<String> countries) {
        this.templates = templates;
        this.countries = countries;
    }

    /** Reads real GDELT rows (any layout this package reads) as templates. */
    public static SyntheticGdelt from(List<Path> samples) throws IOException {
        List<String[]> templates = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (Path p : samples) {
            try (LineReader lines = new LineReader(Files.newInputStream(p))) {
                String first = lines.next();
                RawEventLayout layout = RawEventLayout.detect(first);
                if (layout == null || layout.family() != RawEventLayout.Family.GDELT) {
                    throw new IOException(p + ": not a GDELT file");
                }
                String line = layout.header() ? lines.next() : first;
                while (line != null) {
                    List<String> f = FieldSplitter.split(layout, line);
                    if (f.size() == layout.columns()) {
                        String[] t = to61(layout, f);
                        templates.add(t);
                        countries.add(t[RawEventLayout.G_ACTOR1_COUNTRY]);
                        countries.add(t[RawEventLayout.G_ACTOR2_COUNTRY]);
                    }
                    line = lines.next();
                }
            }
        }
        if (templates.isEmpty()) {
            throw new IOException("no GDELT rows in " + samples);
        }
        return new SyntheticGdelt(templates, countries);
    }

    /** A row in the GDELT 2.0 column order; GDELT 1.0 rows get blank ADM2 codes (and SOURCEURL). */
    private static String[] to61(RawEventLayout layout, List<String> f) {
        List<String> names = layout.columnNames();
        List<String> target = RawEventLayout.gdeltColumns(61);
        String[] out = new String[61];
        for (int i = 0; i < 61; i++) {
            int j = names.indexOf(target.get(i));
            String v = j < 0 ? null : f.get(j);
            out[i] = v == null ? "" : v;
        }
        return out;
    }

    /** Writes the plan's files into {@code dir} and returns their paths. */
    public List<Path> write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(plan.seed());
        long days = plan.to().toEpochDay() - plan.from().toEpochDay() + 1;
        List<Path> out = new ArrayList<>();
        String[] recent = new String[1024];
        long written = 0;
        long kept = 0; // events in the ring buffer of recent lines that a duplicate may repeat
        long id = 500_000_000L;
        LocalDateTime stamp = plan.from().atStartOfDay();
        DateTimeFormatter f14 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        for (int file = 0; file < plan.files(); file++) {
            long rows = plan.rows() / plan.files() + (file < plan.rows() % plan.files() ? 1 : 0);
            String name = stamp.format(f14) + (plan.gdelt2() ? ".export.CSV" : ".tab.CSV");
            stamp = stamp.plusMinutes(15);
            Path path = dir.resolve(plan.zip() ? name + ".zip" : name);
            try (OutputStream os = Files.newOutputStream(path)) {
                ZipOutputStream zos = null;
                OutputStream target = os;
                if (plan.zip()) {
                    zos = new ZipOutputStream(os);
                    zos.putNextEntry(new ZipEntry(name));
                    target = zos;
                }
                Writer w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 20);
                StringBuilder sb = new StringBuilder(1024);
                for (long r = 0; r < rows; r++) {
                    double u = rnd.nextDouble();
                    String line;
                    if (u < plan.duplicates() && kept > 0) {
                        line = recent[rnd.nextInt((int) Math.min(kept, recent.length))];
                    } else if (u < plan.duplicates() + plan.malformed()) {
                        line = broken(rnd, ++id, plan, sb);
                    } else {
                        line = event(rnd, ++id, plan.from().plusDays(rnd.nextLong(days)), plan.gdelt2(), sb);
                        recent[(int) (kept++ % recent.length)] = line;
                    }
                    w.write(line);
                    w.write('\n');
                    written++;
                }
                w.flush();
                if (zos != null) {
                    zos.closeEntry();
                    zos.finish();
                }
            }
            out.add(path);
        }
        return out;
    }

    private String event(SplittableRandom rnd, long id, LocalDate date, boolean gdelt2, StringBuilder sb) {
        String[] t = templates.get(rnd.nextInt(templates.size()));
        String a1 = rnd.nextBoolean() ? t[RawEventLayout.G_ACTOR1_COUNTRY] : countries.get(rnd.nextInt(countries.size()));
        String a2 = rnd.nextBoolean() ? t[RawEventLayout.G_ACTOR2_COUNTRY] : countries.get(rnd.nextInt(countries.size()));
        String ymd = date.format(DateTimeFormatter.BASIC_ISO_DATE);
        sb.setLength(0);
        for (int i = 0, j = 0; i < 61; i++) {
            if (!gdelt2 && (i == 39 || i == 47 || i == 55)) {
                continue; // the three ADM2 columns GDELT 1.0 does not have
            }
            if (j++ > 0) {
                sb.append('\t');
            }
            switch (i) {
                case 0 -> sb.append(id);
                case 1 -> sb.append(ymd);
                case 2 -> sb.append(ymd, 0, 6);
                case 3 -> sb.append(ymd, 0, 4);
                case 4 -> sb.append(String.format(java.util.Locale.ROOT, "%.4f",
                        date.getYear() + (date.getDayOfYear() - 1) / 365.0));
                case RawEventLayout.G_ACTOR1_COUNTRY -> sb.append(a1);
                case RawEventLayout.G_ACTOR2_COUNTRY -> sb.append(a2);
                case 59 -> sb.append(gdelt2 ? ymd + "000000" : ymd);
                case 60 -> sb.append(t[60].isEmpty() ? "https://example.org/news/" + id : t[60]);
                default -> sb.append(t[i]);
            }
        }
        return sb.toString();
    }

    /** A line a reader must reject: a column short, or a Goldstein value that is not a number. */
    private static String broken(SplittableRandom rnd, long id, Plan plan, StringBuilder sb) {
        sb.setLength(0);
        int n = plan.gdelt2() ? 61 : 58;
        boolean shortLine = rnd.nextBoolean();
        for (int i = 0; i < (shortLine ? n - 1 : n); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(switch (i) {
                case 0 -> Long.toString(id);
                case 1 -> "20150101";
                case 25 -> "1";
                case 29 -> "1";
                case 30 -> shortLine ? "1.0" : "n/a";
                case 31 -> "1";
                default -> "";
            });
        }
        return sb.toString();
    }

    /**
     * Re-writes a GDELT file that research projects re-saved as CSV (header, quotes, {@code NA}) in
     * the raw layout GDELT publishes: tab-separated, no header, blanks for missing values.
     */
    public static long convertToRaw(Path csv, Path out) throws IOException {
        long n = 0;
        try (LineReader lines = new LineReader(Files.newInputStream(csv));
                Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            RawEventLayout layout = RawEventLayout.detect(lines.next());
            if (layout == null || layout.family() != RawEventLayout.Family.GDELT || !layout.header()) {
                throw new IOException(csv + ": not a GDELT CSV with a header");
            }
            String line;
            while ((line = lines.next()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> f = FieldSplitter.split(layout, line);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < f.size(); i++) {
                    sb.append(i > 0 ? "\t" : "").append(f.get(i) == null ? "" : f.get(i));
                }
                w.write(sb.toString());
                w.write('\n');
                n++;
            }
        }
        return n;
    }
}
