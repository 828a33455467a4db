package org.entente.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Section 5's scale (rule-barometer): scores a summit's characterisation on the ordinal scale of
 * {@code rhetoric-scale.csv}. The scale is data so that an analyst can read and change it.
 */
public final class RhetoricScale {

    /** One level: its number, label and the phrases that place a characterisation there. */
    public record Level(int level, String label, List<String> phrases) {}

    /** The level found and the phrase that decided it; {@code level} null when no phrase matched. */
    public record Score(Integer level, String label, String phrase) {}

    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|nor)\\b");

    /** How many words before a phrase a negation reaches: "not to enter into any military-political alliance". */
    static final int NEGATION_WINDOW = 6;

    private final List<Level> levels;

    public RhetoricScale(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    private static volatile RhetoricScale standard;

    /** The scale shipped with Entente. */
    public static RhetoricScale standard() {
        if (standard == null) {
            standard = load();
        }
        return standard;
    }

    public List<Level> levels() {
        return levels;
    }

    public int maxLevel() {
        return levels.stream().mapToInt(Level::level).max().orElse(0);
    }

    public String label(int level) {
        return levels.stream().filter(l -> l.level() == level).map(Level::label).findFirst().orElse("level " + level);
    }

    /** The highest level with a phrase in {@code text} that is not negated. */
    public Score score(String text) {
        if (text == null || text.isBlank()) {
            return new Score(null, null, null);
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Score best = new Score(null, null, null);
        for (Level l : levels) {
            for (String p : l.phrases()) {
                if (occursUnnegated(t, p) && (best.level() == null || l.level() > best.level())) {
                    best = new Score(l.level(), l.label(), p);
                }
            }
        }
        return best;
    }

    /** True when {@code phrase} occurs somewhere not preceded, within six words, by a negation. */
    static boolean occursUnnegated(String text, String phrase) {
        int from = 0;
        while (true) {
            int i = text.indexOf(phrase, from);
            if (i < 0) {
                return false;
            }
            String before = text.substring(0, i);
            // a negation does not reach across a sentence
            int stop = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')),
                    Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
            before = before.substring(stop + 1).strip();
            String[] words = before.isEmpty() ? new String[0] : before.split("[\\s,;:]+");
            String window = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - NEGATION_WINDOW), words.length));
            if (!NEGATION.matcher(window).find()) {
                return true;
            }
            from = i + 1;
        }
    }

    private static RhetoricScale load() {
        List<Level> levels = new ArrayList<>();
        try (InputStream in = RhetoricScale.class.getResourceAsStream("rhetoric-scale.csv");
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                        .skipEmptyLines(true).ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CsvRecord r : csv) {
                if (r.getField(0).equals("level")) {
                    continue;
                }
                levels.add(new Level(Integer.parseInt(r.getField(0).strip()), r.getField(1).strip(),
                        Arrays.stream(r.getField(2).split("\\|")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                                .filter(s -> !s.isEmpty()).toList()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rhetoric-scale.csv", e);
        }
        return new RhetoricScale(levels);
    }
}
