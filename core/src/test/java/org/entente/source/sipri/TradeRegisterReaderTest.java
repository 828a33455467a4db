package org.entente.source.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * The classic register reader on an excerpt of the 2025-03-13 register (line numbers of the
 * excerpt; the README beside it maps them to the original file). Expected values are copied
 * from the excerpt's lines, quoted in the comments.
 */
class TradeRegisterReaderTest {

    static final Path FILE = Path.of("register-excerpt.csv");

    static List<ArmsDeal> readAll(String text) throws IOException {
        List<ArmsDeal> out = new ArrayList<>();
        try (TradeRegisterReader r = TradeRegisterReader.open(FILE, Fixtures.stream(text))) {
            for (ArmsDeal d = r.next(); d != null; d = r.next()) {
                out.add(d);
            }
        }
        return out;
    }

    static ArmsDeal atLine(List<ArmsDeal> deals, long line) {
        return deals.stream().filter(d -> d.line() == line).findFirst().orElseThrow();
    }

    @Test
    void readsEveryDealOfTheExcerpt() throws IOException {
        // 32 lines: 11 preamble, the header, 20 data lines of which two continue a comment
        List<ArmsDeal> deals = readAll(Fixtures.text("register-excerpt.csv"));
        assertThat(deals).hasSize(18);
        assertThat(deals.get(0).line()).isEqualTo(13);
    }

    @Test
    void readsFlagsYearsAndTivs() throws IOException {
        List<ArmsDeal> deals = readAll(Fixtures.text("register-excerpt.csv"));
        // line 15: Afghanistan,Soviet Union,1988,?,40,?,2S9 120mm,self-propelled gun,40,,1988,Second hand,
        //          Second-hand; aid; handed over by Soviet forces withdrawing from Afghanistan,0.3,12,12
        ArmsDeal d = atLine(deals, 15);
        assertThat(d.recipient()).isEqualTo("Afghanistan");
        assertThat(d.supplier()).isEqualTo("Soviet Union");
        assertThat(d.orderYear()).isEqualTo(1988);
        assertThat(d.orderYearEstimate()).isTrue();
        assertThat(d.numberOrdered()).isEqualTo(40);
        assertThat(d.numberOrderedEstimate()).isTrue();
        assertThat(d.designation()).isEqualTo("2S9 120mm");
        assertThat(d.description()).isEqualTo("self-propelled gun");
        assertThat(d.numberDelivered()).isEqualTo(40);
        assertThat(d.numberDeliveredEstimate()).isFalse();
        assertThat(d.deliveryYears()).containsExactly(1988);
        assertThat(d.status()).isEqualTo("Second hand");
        assertThat(d.comments()).isEqualTo("Second-hand; aid; handed over by Soviet forces withdrawing from Afghanistan");
        assertThat(d.tivUnit()).isEqualTo(0.3);
        assertThat(d.tivTotalOrder()).isEqualTo(12.0);
        assertThat(d.tivDelivered()).isEqualTo(12.0);

        // line 16: ...,6000,,1979; 1980; ...; 1990,New,...,0.01,60,60
        assertThat(atLine(deals, 16).deliveryYears())
                .containsExactly(1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990);

        // line 19: Albania,United States,2022,,,,FGM-148 Javelin,anti-tank missile,0,,,New,,0.03,0,0
        ArmsDeal javelin = atLine(deals, 19);
        assertThat(javelin.numberOrdered()).isNull();
        assertThat(javelin.numberDelivered()).isZero();
        assertThat(javelin.deliveryYears()).isNull();
        assertThat(javelin.comments()).isNull();
        assertThat(javelin.tivTotalOrder()).isZero();
        assertThat(javelin.tivDelivered()).isZero();
    }

    @Test
    void decodesIso88591() throws IOException {
        // line 20 ends its comment with "Santa Fe" with an e-acute, byte 0xE9 in ISO-8859-1
        ArmsDeal d = atLine(readAll(Fixtures.text("register-excerpt.csv")), 20);
        assertThat(d.comments()).endsWith("Argentine designation Santa F\u00e9");
    }

    @Test
    void joinsARecordSplitByALineBreakInItsComment() throws IOException {
        List<ArmsDeal> deals = readAll(Fixtures.text("register-excerpt.csv"));
        // lines 26-27: Cote d'Ivoire,United States,2024,?,12,?,vehicle engine,vehicle engine,0,,,New,Cummins (275hp)
        //   diesel engine for 12 Puma M-36 APC from South Africa<LF>,0.03,0.36,0
        ArmsDeal engine = atLine(deals, 26);
        assertThat(engine.comments()).isEqualTo("Cummins (275hp) diesel engine for 12 Puma M-36 APC from South Africa");
        assertThat(engine.tivUnit()).isEqualTo(0.03);
        assertThat(engine.tivTotalOrder()).isEqualTo(0.36);
        assertThat(engine.tivDelivered()).isZero();
        // the next record starts on line 28, not 27
        assertThat(deals.get(deals.indexOf(engine) + 1).line()).isEqualTo(28);
        // lines 30-31, split the same way by a CRLF: Thailand,Ukraine,2008,,14,,BTR-3,APC,13,,2010; 2012,...,0.25,3.5,3.25
        ArmsDeal btr = atLine(deals, 30);
        assertThat(btr.deliveryYears()).containsExactly(2010, 2012);
        assertThat(btr.comments()).endsWith("redesign for other engines");
        assertThat(btr.tivDelivered()).isEqualTo(3.25);
    }

    @Test
    void parsesTheGenerationDate() throws IOException {
        try (TradeRegisterReader r = TradeRegisterReader.open(FILE, Fixtures.stream(Fixtures.text("register-excerpt.csv")))) {
            // line 11: "Data generated: 13 Mar 2025 10:02:49 AM"
            assertThat(r.generated()).hasValueSatisfying(g -> {
                assertThat(g.iso()).isEqualTo("2025-03-13");
                assertThat(g.stated()).isEqualTo("13 Mar 2025");
            });
        }
    }

    @Test
    void findsTheHeaderByContentInAnotherRelease() throws IOException {
        // another release: a shorter preamble, "Year(s) of deliveries", flag columns named by "" not " "
        String text = Fixtures.text("register-excerpt.csv");
        String[] lines = text.split("\n", -1);
        StringBuilder other = new StringBuilder("Transfers of major conventional arms\nData generated: 2 Feb 2021\n\n");
        other.append(lines[11].replace("Year(s) of delivery", "Year(s) of deliveries").replace(", ,", ",,")).append('\n');
        for (int i = 12; i < lines.length; i++) {
            other.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
        }
        List<ArmsDeal> deals = readAll(other.toString());
        assertThat(deals).hasSize(18);
        assertThat(deals.get(2).line()).isEqualTo(7); // the 2S9 deal, 8 lines earlier than in the excerpt
        assertThat(deals.get(2).orderYearEstimate()).isTrue();
        assertThat(deals.get(2).deliveryYears()).containsExactly(1988);
        try (TradeRegisterReader r = TradeRegisterReader.open(FILE, Fixtures.stream(other.toString()))) {
            assertThat(r.generated()).hasValueSatisfying(g -> assertThat(g.iso()).isEqualTo("2021-02-02"));
        }
    }

    @Test
    void aRenamedColumnIsNamed() {
        String text = Fixtures.text("register-excerpt.csv").replace("Recipient,Supplier,", "Recipient,Seller,");
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.field()).isEqualTo("Supplier");
                    assertThat(e.file()).isEqualTo(FILE);
                })
                .hasMessageContaining("'Seller'");
    }

    @Test
    void aCutShortLastLineIsAnError() {
        String text = Fixtures.text("register-excerpt.csv");
        // cut in the middle of the last line: "Turkiye,Germany,1974,?,500,,M-113,APC,50"
        String cut = text.substring(0, text.indexOf("Turkiye,Germany,1974") + "Turkiye,Germany,1974,?,500,,M-113,APC,50".length());
        assertThatThrownBy(() -> readAll(cut))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(32);
                    assertThat(e.field()).isEqualTo("Number delivered (uncertainty flag)");
                })
                .hasMessageContaining("cut short");
    }

    @Test
    void aNonNumericTivIsNamed() {
        // line 13 ends ",4.5,27,27"
        String text = Fixtures.text("register-excerpt.csv").replace("trainer/combat aircraft,6,,2018,New,A-29B version; financed by USA; ordered via USA from US production line,4.5,27,27",
                "trainer/combat aircraft,6,,2018,New,A-29B version; financed by USA; ordered via USA from US production line,4.5,27,n/a");
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(13);
                    assertThat(e.field()).isEqualTo("SIPRI TIV of delivered weapons");
                })
                .hasMessageContaining("'n/a' is not a TIV");
    }

    @Test
    void aBadFlagOrYearIsNamed() {
        String flag = Fixtures.text("register-excerpt.csv").replace("Afghanistan,Soviet Union,1987,?,3,", "Afghanistan,Soviet Union,1987,x,3,");
        assertThatThrownBy(() -> readAll(flag))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(14);
                    assertThat(e.field()).isEqualTo("Year of order (uncertainty flag)");
                });
        String years = Fixtures.text("register-excerpt.csv").replace("2S9 120mm,self-propelled gun,40,,1988,", "2S9 120mm,self-propelled gun,40,,1988 1989,");
        assertThatThrownBy(() -> readAll(years))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.field()).isEqualTo("Year(s) of delivery");
                });
    }

    @Test
    void recognisesOnlyTheRegister() {
        assertThat(TradeRegisterReader.recognises(Fixtures.text("register-excerpt.csv").lines().toList())).isTrue();
        assertThat(TradeRegisterReader.recognises(Fixtures.text("detailed-excerpt.csv").lines().toList())).isFalse();
        assertThat(TradeRegisterReader.recognises(Fixtures.text("tiv-small.csv").lines().toList())).isFalse();
        // a renamed column is still recognised, so that the import names the column
        assertThat(TradeRegisterReader.recognises(
                Fixtures.text("register-excerpt.csv").replace("Recipient,Supplier,", "Recipient,Seller,").lines().toList()))
                .isTrue();
    }
}
