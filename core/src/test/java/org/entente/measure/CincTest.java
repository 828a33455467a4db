package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CincTest {

    private static final double NA = Double.NaN;

    @Test
    void meanOfSharesOverTheKnownComponents() {
        // Three states, components milex, milper, irst, pec, tpop, upop; B's pec is missing.
        // System totals over the known values: 100, 100, 100, 40+60=100, 200, 100.
        double[][] c = {
            {10, 20, 30, 40, 50, 60},   // A shares .1 .2 .3 .4 .25 .6 -> 1.85 / 6
            {30, 20, 10, NA, 50, 20},   // B shares .3 .2 .1 -- .25 .2 -> 1.05 / 5 (five known)
            {60, 60, 60, 60, 100, 20}}; // C shares .6 .6 .6 .6 .5 .2  -> 3.1 / 6
        double[] cinc = Cinc.compute(c);
        assertThat(cinc[0]).isCloseTo(1.85 / 6, within(1e-12));
        assertThat(cinc[1]).isCloseTo(0.21, within(1e-12));
        assertThat(cinc[2]).isCloseTo(3.1 / 6, within(1e-12));
    }

    @Test
    void aStateWithNoKnownComponentHasNoCinc() {
        double[][] c = {{1, 1, 1, 1, 1, 1}, {NA, NA, NA, NA, NA, NA}};
        double[] cinc = Cinc.compute(c);
        assertThat(cinc[0]).isEqualTo(1.0);
        assertThat(cinc[1]).isNaN();
    }

    @Test
    void aComponentNobodyHasCountsAsAZeroShare() {
        // irst is 0 everywhere (as for every state before industrial steel): shares 0, still counted
        double[][] c = {{1, 3, 0, 1, 1, 1}, {3, 1, 0, 3, 3, 3}};
        double[] cinc = Cinc.compute(c);
        // A: .25 .75 0 .25 .25 .25 = 1.75 / 6
        assertThat(cinc[0]).isCloseTo(1.75 / 6, within(1e-12));
        assertThat(cinc[0] + cinc[1]).isCloseTo(5.0 / 6, within(1e-12));
    }
}
