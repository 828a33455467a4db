package org.entente.source.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.Test;

/** The TIV table reader on the hand-written tables described in the fixtures' README. */
class TivTableReaderTest {

    static List<TivFlow> read(String fixture) throws IOException {
        return read(Path.of(fixture), Fixtures.text(fixture));
    }

    static List<TivFlow> read(Path file, String text) throws IOException {
        List<TivFlow> out = new ArrayList<>();
        try (TivTableReader r = TivTableReader.open(file, Fixtures.stream(text))) {
            for (TivFlow f = r.next(); f != null; f = r.next()) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void yieldsOneFlowPerFigure() throws IOException {
        // China,10,,3,0,,13 / Hungary,1,1,1,,,4: blank cells are no flow, 0 is a flow under 0.5m
        assertThat(read("tiv-small.csv")).containsExactly(
                new TivFlow(12, "Soviet Union", "China", 1950, 10),
                new TivFlow(12, "Soviet Union", "China", 1952, 3),
                new TivFlow(12, "Soviet Union", "China", 1953, 0),
                new TivFlow(13, "Soviet Union", "Hungary", 1950, 1),
                new TivFlow(13, "Soviet Union", "Hungary", 1951, 1),
                new TivFlow(13, "Soviet Union", "Hungary", 1952, 1));
        try (TivTableReader r = TivTableReader.open(Path.of("tiv-small.csv"), Fixtures.stream(Fixtures.text("tiv-small.csv")))) {
            assertThat(r.supplier()).isEqualTo("Soviet Union");
            assertThat(r.generated()).hasValueSatisfying(g -> assertThat(g.iso()).isEqualTo("2022-07-28"));
        }
    }

    @Test
    void aRowTotalBeyondRoundingIsAnError() {
        // China's figures 10 + 3 + 0 = 13, stated 19: 6 apart; rounding explains 0.5 x (3 + 1) = 2
        assertThatThrownBy(() -> read("tiv-wrong-row-total.csv"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.file()).isEqualTo(Path.of("tiv-wrong-row-total.csv"));
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.field()).isEqualTo("Total");
                })
                .hasMessageContaining("add up to 13, but the stated total is 19")
                .hasMessageContaining("at most 2.0");
    }

    @Test
    void aYearTotalBeyondRoundingIsAnError() {
        // 1952: 3 + 1 = 4, stated 9 in the Total row (line 15)
        assertThatThrownBy(() -> read("tiv-wrong-column-total.csv"))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.field()).isEqualTo("1952");
                });
    }

    @Test
    void roundingIsToleratedUpToHalfAUnitPerFigure() throws IOException {
        // Hungary's three 1s stated as 4 pass (true values could be 1.4 each: 4.2); at 6 they do not
        // (0.5 x (3 + 1) = 2 < 3). The Total row changes with it so that only the row is at stake.
        String text = Fixtures.text("tiv-small.csv");
        assertThat(read(Path.of("t.csv"), text.replace("Hungary,1,1,1,,,4", "Hungary,1,1,1,,,5")
                .replace("Total,11,1,4,0,,17", "Total,11,1,4,0,,18"))).hasSize(6);
        assertThatThrownBy(() -> read(Path.of("t.csv"), text.replace("Hungary,1,1,1,,,4", "Hungary,1,1,1,,,6")
                .replace("Total,11,1,4,0,,17", "Total,11,1,4,0,,19")))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.line()).isEqualTo(13));
    }

    @Test
    void aMissingTotalRowMeansTheFileIsCutShort() {
        assertThatThrownBy(() -> read("tiv-no-total-row.csv"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.line()).isEqualTo(13))
                .hasMessageContaining("without its closing Total row");
    }

    @Test
    void aNonNumericCellIsNamedByItsYear() {
        String text = Fixtures.text("tiv-small.csv").replace("China,10,,3,0,,13", "China,10,,three,0,,13");
        assertThatThrownBy(() -> read(Path.of("t.csv"), text))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.field()).isEqualTo("1952");
                });
    }

    @Test
    void aTableWithoutTitleHasNoSupplier() {
        String text = Fixtures.text("tiv-small.csv").replace("\"TIV of arms exports from Soviet Union, 1950-1954\"", "Exports");
        assertThatThrownBy(() -> read(Path.of("t.csv"), text))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("TIV of arms exports from SUPPLIER");
        assertThat(TivTableReader.recognises(text.lines().toList())).isFalse();
    }

    @Test
    void recognisesOnlyTivTables() {
        assertThat(TivTableReader.recognises(Fixtures.text("tiv-small.csv").lines().toList())).isTrue();
        assertThat(TivTableReader.recognises(Fixtures.text("register-excerpt.csv").lines().toList())).isFalse();
        assertThat(TivTableReader.recognises(Fixtures.text("detailed-excerpt.csv").lines().toList())).isFalse();
    }
}
