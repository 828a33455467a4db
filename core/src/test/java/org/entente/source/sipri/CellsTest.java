package org.entente.source.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void numbersAreReadStrictly() {
        assertThat(Cells.isDecimal("12")).isTrue();
        assertThat(Cells.isDecimal("0.36")).isTrue();
        assertThat(Cells.isDecimal("0")).isTrue();
        for (String bad : new String[] {"", "12.", ".5", "1e3", "-1", "1,5", "1.2.3", "n/a", " 1"}) {
            assertThat(Cells.isDecimal(bad)).as(bad).isFalse();
        }
        assertThat(Cells.isYear("1987")).isTrue();
        assertThat(Cells.isYear("987")).isFalse();
        assertThat(Cells.isYear("19a7")).isFalse();
        assertThat(Cells.isCount("50000")).isTrue();
        assertThat(Cells.isCount("1234567890")).isFalse(); // would not fit an INTEGER column safely
        assertThat(Cells.isCount("")).isFalse();
    }
}
