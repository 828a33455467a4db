package org.entente.measure.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AggregateSummaryTest {

    @Test
    void jsonWrittenFieldByFieldReadsBackAsTheSameSummary() throws Exception {
        AggregateSummary s = new AggregateSummary("duckdb", "month", true, "2-365", 120, 3, 7, 110, 4, 20, 6, 30, 50, 12,
                List.of(new AggregateSummary.MalformedFile("a.CSV", 3, 5, "expected 61 fields, found 60", null)),
                List.of(new AggregateSummary.UnresolvedCode("source", null, "blank", 15),
                        new AggregateSummary.UnresolvedCode("target", "EUR", "non-state", 5)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeJson(out);
        String json = out.toString(StandardCharsets.UTF_8);
        // indented as Jackson's default pretty printer does, which the README's examples show
        assertThat(json).startsWith("{\n  \"engine\" : \"duckdb\",").contains("\"aggregated\" : 50,")
                .contains("\"code\" : null,");
        assertThat(AggregateSummary.readJson(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(s);
    }
}
