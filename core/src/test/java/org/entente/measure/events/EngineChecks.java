package org.entente.measure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/** Assertions shared by the DuckDB and Spark engine tests. */
public final class EngineChecks {

    private EngineChecks() {}

    /** The series rows (after the header row) match the independent monthly counts, cell by cell. */
    public static void matchesIndependentCount(List<List<Object>> series, IndependentEventCount expected) {
        List<Object> header = series.get(0);
        assertThat(header).containsExactly("origin", "source_ccode", "target_ccode", "period", "events", "verbal_coop",
                "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean",
                "goldstein_mentions_weighted", "mentions", "avg_tone");
        assertThat(series).hasSize(expected.cells.size() + 1);
        for (List<Object> row : series.subList(1, series.size())) {
            String key = IndependentEventCount.key((String) row.get(0), (Integer) row.get(1), (Integer) row.get(2),
                    (String) row.get(3));
            IndependentEventCount.Cell c = expected.cells.get(key);
            assertThat(c).as(key).isNotNull();
            assertThat(row.subList(4, 9)).as(key).containsExactly(c.events, c.verbalCoop, c.materialCoop,
                    c.verbalConflict, c.materialConflict);
            assertThat((Double) row.get(9)).as(key).isCloseTo(c.goldstein.doubleValue(), within(1e-9));
            assertThat((Double) row.get(10)).as(key).isCloseTo(c.goldsteinMean(), within(1e-12));
            if (c.hasMentions) {
                assertThat((Long) row.get(12)).as(key).isEqualTo(c.mentions);
                assertThat((Double) row.get(11)).as(key).isCloseTo(c.goldsteinTimesMentions
                        .divide(BigDecimal.valueOf(c.mentions), MathContext.DECIMAL64).doubleValue(), within(1e-12));
            } else {
                assertThat(row.get(11)).as(key).isNull();
                assertThat(row.get(12)).as(key).isNull();
            }
            if (c.toneEvents > 0) {
                // the engines keep tone to a millionth; the mean can differ from exact by half of that
                assertThat((Double) row.get(13)).as(key).isCloseTo(
                        c.tone.divide(BigDecimal.valueOf(c.toneEvents), MathContext.DECIMAL64).doubleValue(), within(6e-7));
            } else {
                assertThat(row.get(13)).as(key).isNull();
            }
        }
    }

    /** Every line is accounted for, and the totals are those counted independently. */
    public static void summaryMatches(AggregateSummary s, IndependentEventCount expected) {
        assertThat(s.rows()).isEqualTo(expected.lines + s.malformed());
        assertThat(s.duplicates()).isEqualTo(expected.duplicates);
        assertThat(s.unresolved()).isEqualTo(expected.unresolved);
        assertThat(s.domestic()).isEqualTo(expected.domestic);
        assertThat(s.aggregated()).isEqualTo(expected.aggregated);
        assertThat(s.cells()).isEqualTo(expected.cells.size());
        assertThat(s.rows()).isEqualTo(s.malformed() + s.duplicates() + s.events());
        assertThat(s.events()).isEqualTo(s.nonRoot() + s.unresolved() + s.domestic() + s.outsideDyads() + s.aggregated());
        assertThat(s.unresolvedCodes().stream().mapToLong(AggregateSummary.UnresolvedCode::events).sum())
                .isEqualTo(s.unresolved());
    }

    /** Two engines' summaries agree in everything but the engine's name. */
    public static void sameSummary(AggregateSummary a, AggregateSummary b) {
        assertThat(a.withEngine("x")).isEqualTo(b.withEngine("x"));
    }

    public static Map<String, IndependentEventCount.Cell> cells(IndependentEventCount c) {
        return c.cells;
    }
}
