package org.entente.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * SIPRI's armament category for a register row that gives only a weapon description
 * ("FGA aircraft", "SAM", "air search radar"). The rules are data, in {@code arms-categories.csv}
 * beside this class, tried in order; a row whose export carries a category keeps it.
 */
public final class ArmsCategories {

    /** A category and whether the description names a combat aircraft. */
    public record Category(String name, boolean combatAircraft) {}

    private record Rule(Pattern pattern, Category category) {}

    public static final Category OTHER = new Category("Other", false);

    private static final List<Rule> RULES = load();

    private ArmsCategories() {}

    /** The category of {@code description}; {@link #OTHER} when no rule matches. */
    public static Category of(String description) {
        if (description == null) {
            return OTHER;
        }
        for (Rule r : RULES) {
            if (r.pattern().matcher(description.strip()).find()) {
                return r.category();
            }
        }
        return OTHER;
    }

    /** The export's own category where it has one, else the category the description gives. */
    public static String categoryOf(String exportCategory, String description) {
        return exportCategory != null && !exportCategory.isBlank() ? exportCategory.strip() : of(description).name();
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = ArmsCategories.class.getResourceAsStream("arms-categories.csv");
                CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                        .skipEmptyLines(true).ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CsvRecord r : csv) {
                if (r.getField(0).equals("pattern")) {
                    continue;
                }
                rules.add(new Rule(Pattern.compile(r.getField(0), Pattern.CASE_INSENSITIVE),
                        new Category(r.getField(1).strip(), r.getFieldCount() > 2 && "yes".equals(r.getField(2).strip()))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read arms-categories.csv", e);
        }
        return List.copyOf(rules);
    }
}
