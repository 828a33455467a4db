package org.entente.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.assess.ClaimCheck.Outcome.AGREES;
import static org.entente.assess.ClaimCheck.Outcome.DISAGREES;

import java.util.List;
import java.util.Map;

import org.entente.model.Case;
import org.entente.data.StoreData;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;

class ClaimCheckTest {

    @Test
    void comparisonRules() {
        // 70 ± 10% = 63..77
        assertThat(ClaimCheck.compare(70, 77, 0.1)).isEqualTo(AGREES);
        assertThat(ClaimCheck.compare(70, 62.9, 0.1)).isEqualTo(DISAGREES);
        assertThat(ClaimCheck.compareRank(4, 4, 0)).isEqualTo(AGREES);
        assertThat(ClaimCheck.compareRank(4, 2, 0)).isEqualTo(DISAGREES);
        assertThat(ClaimCheck.compareRank(4, 3, 1)).isEqualTo(AGREES);
        // ratio: claims 14.6 / 53.4 = 0.2734; data 18118 / 65580 = 0.2763, within 10%
        assertThat(ClaimCheck.compareRatio(14.6, 53.4, 18118, 65580, 0.1)).isEqualTo(AGREES);
        assertThat(ClaimCheck.years("1995-1999")).containsExactly(1995, 1999);
        assertThat(ClaimCheck.years("2001")).containsExactly(2001, 2001);
        assertThat(ClaimCheck.years("1999-1995")).isNull();
        assertThat(ClaimCheck.years("recent")).isNull();
    }

    /** Register rows: RUS→CHN 60, RUS→IND 20, RUS→IRN 20 in 1999; USA→JPN 300 in 1999. */
    static Store store() throws Exception {
        Store s = Store.inMemory();
        s.execute("INSERT INTO dataset (id, kind, file_name, sha256, rows, citation) VALUES "
                + "(1, 'sipri-register', 'reg.csv', 'x', 4, 'SIPRI Arms Transfers Database, test excerpt')");
        s.execute("""
                INSERT INTO arms_deal (dataset_id, line, supplier, supplier_ccode, recipient, recipient_ccode,
                    description, delivery_years, tiv_delivered) VALUES
                (1, 13, 'Russia', 365, 'China', 710, 'fighter aircraft', [1999], 60),
                (1, 14, 'Russia', 365, 'India', 750, 'SAM', [1999], 20),
                (1, 15, 'Russia', 365, 'Iran', 630, 'submarine', [1999], 20),
                (1, 16, 'United States', 2, 'Japan', 740, 'fighter aircraft', [1999], 300)""");
        return s;
    }

    @Test
    void claimsAgainstTheStoreAgreeDisagreeOrLackData() throws Exception {
        Case c = new CaseBuilder()
                // China + India: (60 + 20) / 100 = 80%; claimed 70 ± 10% (63..77): disagrees
                .claim("ci", "share-of-supplier-exports", Map.of("supplier", "RUS", "recipients", "CHN,IND", "years", "1999"), 70,
                        "percent", null)
                // China alone: 60%; claimed 58 ± 10%: agrees
                .claim("c", "share-of-supplier-exports", Map.of("supplier", "RUS", "recipients", "CHN", "years", "1999"), 58,
                        "percent", null)
                // world share of Russia: 100 / 400 = 25%
                .claim("w", "share-of-world-exports", Map.of("supplier", "RUS", "years", "1999"), 25, "percent", null)
                // rank: USA 300 first, Russia 100 second
                .claim("r", "supplier-rank", Map.of("supplier", "RUS", "years", "1999"), 2, "rank", null)
                // US$ claims: no TIV value comparison; the ratio RUS/USA 2.8/8.4 = 0.333 against TIV 100/300 = 0.333
                .claim("usd-rus", "arms-deliveries", Map.of("supplier", "RUS", "years", "1999"), 2800, "USD million", null)
                .claim("usd-usa", "arms-deliveries", Map.of("supplier", "USA", "years", "1999"), 8400, "USD million", null)
                // a US$ claim without a partner claim: no data in its unit
                .claim("usd-alone", "arms-deliveries", Map.of("supplier", "RUS", "recipient", "CHN", "years", "1999"), 1000,
                        "USD million", null)
                // aircraft: 60 of Russia's 100 = 60%
                .claim("air", "category-share", Map.of("supplier", "RUS", "category", "aircraft", "years", "1999"), 60, "percent", null)
                // years outside the data: no data
                .claim("old", "share-of-world-exports", Map.of("supplier", "RUS", "years", "1970"), 30, "percent", null)
                // trade is not loaded: no data
                .claim("trade", "bilateral-trade", Map.of("a", "RUS", "b", "CHN", "years", "1999"), 6000, "USD million", null)
                .build();
        try (Store s = store()) {
            Assessment a = Assessor.assess(new Assessor.Request(c, null, null, 2001, Assumptions.none()), new StoreData(s));
            Section s7 = a.section(7);
            Table t = s7.table("claims");
            Map<String, String> outcome = new java.util.HashMap<>();
            Map<String, String> data = new java.util.HashMap<>();
            for (Table.Row r : t.rows()) {
                outcome.put(r.cells().get(0), r.cells().get(4));
                data.put(r.cells().get(0), r.cells().get(3) + " | " + r.cells().get(5));
            }
            assertThat(outcome).containsEntry("ci", "disagrees").containsEntry("c", "agrees").containsEntry("w", "agrees")
                    .containsEntry("r", "agrees").containsEntry("usd-rus", "agrees").containsEntry("usd-usa", "agrees")
                    .containsEntry("usd-alone", "no data").containsEntry("air", "agrees").containsEntry("old", "no data")
                    .containsEntry("trade", "no data");
            // a disagreement shows both figures
            assertThat(data.get("ci")).startsWith("80 percent of TIV");
            assertThat(data.get("usd-rus")).contains("units differ");
            assertThat(data.get("usd-alone")).contains("60 TIV million").contains("no data in the claim's unit");
            assertThat(s7.uses()).extracting(DataUse::datasetId).containsExactly(1);
            assertThat(s7.gaps()).extracting(DataGap::dataset).contains("COW dyadic trade");
            assertThat(s7.notes()).anyMatch(n -> n.contains("volume index"));
            // every row names the claim's case source, and the data rows their dataset
            Table.Row ci = t.rows().get(0);
            assertThat(ci.sources()).extracting(SourceRef::kind).contains(SourceRef.Kind.CASE, SourceRef.Kind.DATASET);
            // c, w, r, usd-rus, usd-usa, air
            assertThat(s7.finding("agrees").value()).isEqualTo(6.0);
        }
    }

    @Test
    void withoutACaseThereAreNoClaims() throws Exception {
        Assessment a = Assessor.assess(new Assessor.Request(null, CaseBuilder.RUS, CaseBuilder.CHN, 2000, Assumptions.none()), null);
        assertThat(a.section(7).status()).isEqualTo(Section.Status.NO_CASE_EVIDENCE);
        assertThat(List.of(2, 3, 5, 6).stream().map(a::section).map(Section::status))
                .containsOnly(Section.Status.NO_CASE_EVIDENCE);
    }
}
