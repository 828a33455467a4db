package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    static final double R = 6371.0088;

    @Test
    void distancesThatAreFractionsOfACircle() {
        // a quarter of the equator, and pole to equator: pi/2 * R = 10,007.54 km
        assertThat(GreatCircle.km(0, 0, 0, 90)).isCloseTo(Math.PI / 2 * R, within(1e-6));
        assertThat(GreatCircle.km(90, 0, 0, 0)).isCloseTo(Math.PI / 2 * R, within(1e-6));
        // antipodes: pi * R = 20,015.09 km
        assertThat(GreatCircle.km(0, 0, 0, 180)).isCloseTo(Math.PI * R, within(1e-6));
        // 60N on opposite meridians: the path runs over the pole, 30 + 30 degrees = pi/3 * R
        assertThat(GreatCircle.km(60, 0, 60, 180)).isCloseTo(Math.PI / 3 * R, within(1e-6));
        assertThat(GreatCircle.km(55.6, 37.6, 55.6, 37.6)).isZero();
    }

    @Test
    void symmetric() {
        assertThat(GreatCircle.km(55.625578, 37.6063916, 40.190632, 116.412144))
                .isCloseTo(GreatCircle.km(40.190632, 116.412144, 55.625578, 37.6063916), within(1e-9));
    }
}
