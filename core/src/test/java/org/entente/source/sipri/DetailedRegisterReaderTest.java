package org.entente.source.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.Test;

/** The detailed export's reader on an excerpt of the 2025-01-03 export; values copied from its lines. */
class DetailedRegisterReaderTest {

    static final Path FILE = Path.of("detailed-excerpt.csv");

    record Read(List<ArmsDelivery> deliveries, List<ArmsDeal> deals, String generated) {}

    static Read read(String text) throws IOException {
        List<ArmsDelivery> out = new ArrayList<>();
        try (DetailedRegisterReader r = DetailedRegisterReader.open(FILE, Fixtures.stream(text))) {
            for (ArmsDelivery d = r.next(); d != null; d = r.next()) {
                out.add(d);
            }
            return new Read(out, r.deals(), r.generated().map(SipriText.Generated::iso).orElse(null));
        }
    }

    /** A deal as text, its years included (a record's equals compares arrays by identity). */
    static String describe(ArmsDeal d) {
        return d.toString().replaceAll("deliveryYears=\\[I@[0-9a-f]+", "deliveryYears=" + Arrays.toString(d.deliveryYears()));
    }

    @Test
    void readsOneDeliveryPerLineAndOneDealPerId() throws IOException {
        Read r = read(Fixtures.text("detailed-excerpt.csv"));
        assertThat(r.generated()).isEqualTo("2025-01-03"); // "Data generated: 3 Jan 2025 9:16:02 PM"
        assertThat(r.deliveries()).hasSize(12);
        // line 18: 53127,United States,Afghanistan,HMMWV-UA,APV,Armoured vehicles,2010,No,1280,Yes,2012,No,Second hand,0.13,0.05,66.56,No
        ArmsDelivery d = r.deliveries().get(5);
        assertThat(d).isEqualTo(new ArmsDelivery(18, 53127, "United States", "Afghanistan", 2012, false, 1280, true, 66.56));
        // line 21: 32082,...,2,,2019,,New,14,14,28,No: both estimate columns blank
        assertThat(r.deliveries().get(8)).isEqualTo(
                new ArmsDelivery(21, 32082, "United Kingdom", "Philippines", 2019, null, 2, null, 28.0));

        // ten IDs: 60320 37743 51754 53126 53125 53127 51163 32082 65749 55370
        assertThat(r.deals()).extracting(ArmsDeal::sipriId)
                .containsExactly(60320L, 37743L, 51754L, 53126L, 53125L, 53127L, 51163L, 32082L, 65749L, 55370L);
        ArmsDeal hmmwv = r.deals().get(5);
        assertThat(hmmwv.line()).isEqualTo(18);
        assertThat(hmmwv.deliveryYears()).containsExactly(2011, 2012); // lines 18 (2012) and 19 (2011)
        assertThat(hmmwv.category()).isEqualTo("Armoured vehicles");
        assertThat(hmmwv.status()).isEqualTo("Second hand");
        assertThat(hmmwv.tivUnitEstimate()).isEqualTo(0.13);
        assertThat(hmmwv.tivUnit()).isEqualTo(0.05);
        assertThat(hmmwv.localProduction()).isFalse();
        assertThat(hmmwv.orderYear()).isEqualTo(2010);
        assertThat(hmmwv.orderYearEstimate()).isFalse();
        // totals are not in this export and are not summed from the lines
        assertThat(hmmwv.tivDelivered()).isNull();
        assertThat(hmmwv.numberDelivered()).isNull();
    }

    @Test
    void aStraySemicolonAndCrlfChangeNothing() throws IOException {
        Read plain = read(Fixtures.text("detailed-excerpt.csv"));
        Read other = read(Fixtures.text("detailed-excerpt-semicolon-crlf.csv"));
        assertThat(other.deliveries()).isEqualTo(plain.deliveries());
        assertThat(other.deals()).extracting(DetailedRegisterReaderTest::describe)
                .isEqualTo(plain.deals().stream().map(DetailedRegisterReaderTest::describe).toList());
        assertThat(other.generated()).isEqualTo("2025-01-03");
        // the last column lost its ';': "No;" is read as No
        assertThat(other.deals().get(0).localProduction()).isFalse();
    }

    @Test
    void aDealWhoseLinesDisagreeIsAnError() {
        String text = Fixtures.text("detailed-excerpt.csv")
                .replace("53127,United States,Afghanistan,HMMWV-UA,APV,Armoured vehicles,2010,No,1286",
                        "53127,Canada,Afghanistan,HMMWV-UA,APV,Armoured vehicles,2010,No,1286");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(19);
                    assertThat(e.field()).isEqualTo("Supplier");
                })
                .hasMessageContaining("'Canada' here but 'United States' on line 18");
    }

    @Test
    void aMissingColumnIsNamed() {
        String text = Fixtures.text("detailed-excerpt.csv").replace(",TIV deal unit,", ",TIV unit,");
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.field()).isEqualTo("TIV deal unit");
                });
    }

    @Test
    void recognisesOnlyTheDetailedExport() {
        assertThat(DetailedRegisterReader.recognises(Fixtures.text("detailed-excerpt.csv").lines().toList())).isTrue();
        assertThat(DetailedRegisterReader.recognises(Fixtures.text("detailed-excerpt-semicolon-crlf.csv").lines().toList())).isTrue();
        assertThat(DetailedRegisterReader.recognises(Fixtures.text("register-excerpt.csv").lines().toList())).isFalse();
        assertThat(DetailedRegisterReader.recognises(Fixtures.text("tiv-small.csv").lines().toList())).isFalse();
    }
}
