package org.entente.measure.survival;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The reference spells: {@code atop5_1-alliance-spells.csv}, written by {@code entente alliances spells
 * --format csv} from ATOP 5.1, COW NMC 6.0, COW majors 2016 and the SIPRI register of 2025-03-13, and
 * read by {@code core/src/test/r/survival-reference.R}, which produced the R values the tests compare with.
 */
public final class SpellsCsv {

    static final String SPELLS = "atop5_1-alliance-spells.csv";
    static final String KM_REFERENCE = "km-reference.csv";

    private SpellsCsv() {}

    public static List<Map<String, String>> read(String resource) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(SpellsCsv.class.getResourceAsStream(resource), StandardCharsets.UTF_8);
                CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(in)) {
            List<String> header = null;
            for (CsvRecord rec : r) {
                if (header == null) {
                    header = rec.getFields();
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), rec.getField(i));
                }
                rows.add(m);
            }
        }
        return rows;
    }

    public static List<Map<String, String>> spells() throws IOException {
        return read(SPELLS);
    }

    static Subject subject(Map<String, String> row, List<String> covariates) {
        double[] x = new double[covariates.size()];
        for (int j = 0; j < x.length; j++) {
            String v = row.get(covariates.get(j));
            if (v == null || v.isEmpty()) {
                return null;
            }
            x[j] = Double.parseDouble(v);
        }
        return new Subject(Double.parseDouble(row.get("years")), row.get("ended").equals("1"), x);
    }

    /** Subjects with every covariate known (R's na.omit). */
    static List<Subject> subjects(List<Map<String, String>> rows, List<String> covariates) {
        List<Subject> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Subject s = subject(r, covariates);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
