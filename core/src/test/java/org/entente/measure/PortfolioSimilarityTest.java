package org.entente.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.measure.panel.SharedDataFixture;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PortfolioSimilarityTest {

    /**
     * Signorino and Ritter (1999, ISQ 43(1)), Table 6: Germany's and Russia's alliance ties with
     * the 20 European states of 1914; the paper reports tau-b of about 0.03.
     *
     * <p>By hand: cells (x,y) GMY/AUH/RUM (3,0) 3, RUS/FRN (0,3) 2, UKG (0,1) 1, ITA (3,1) 1,
     * thirteen (0,0). Concordant P = ITA x (0,0) = 13; discordant Q = (3,0)x(0,1) 3 + (3,0)x(0,3) 6
     * + (3,1)x(0,3) 2 = 11. n0 = 190; tied on x: C(16,2)+C(4,2) = 126; tied on y: C(16,2)+C(2,2)+C(2,2) = 122.
     * tau-b = 2 / sqrt(64 * 68) = 0.0303.
     */
    @Test
    void tableSixGivesThePublishedTauB() throws IOException {
        Path file = SharedDataFixture.dataDir().resolve("similarity/signorino-ritter-1999-table6.csv");
        List<String> lines = Files.readAllLines(file);
        int n = lines.size() - 1;
        int[] gmy = new int[n];
        int[] rus = new int[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            gmy[i] = Integer.parseInt(f[1].strip());
            rus[i] = Integer.parseInt(f[2].strip());
        }
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(gmy, rus, null);
        assertThat(s.tauB()).isCloseTo(0.03, within(0.005));
        assertThat(s.tauB()).isCloseTo(2 / Math.sqrt(64.0 * 68.0), within(1e-12));
    }

    /**
     * Four members A B C D; x = A's ties (self 3, none, non-aggression, neutrality), y = B's
     * ties (none, self 3, non-aggression, none); CINC weights .4 .3 .2 .1.
     */
    static final int[] X = {3, 0, 1, 2};
    static final int[] Y = {0, 3, 1, 0};
    static final double[] W = {0.4, 0.3, 0.2, 0.1};

    @Test
    void signorinoRitterSByHand() {
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(X, Y, W);
        // valued: |x-y| = 3 3 0 2, /3 -> 8/3; S = 1 - 2 (8/3) / 4 = -1/3
        assertThat(s.sValued()).isCloseTo(-1.0 / 3, within(1e-12));
        // binary: 1 0 1 1 vs 0 1 1 0 differ in 3 of 4; S = 1 - 2 * 3/4 = -0.5
        assertThat(s.sBinary()).isCloseTo(-0.5, within(1e-12));
        // weighted valued: (.4*3 + .3*3 + .2*0 + .1*2) / 3 = 2.3/3, total weight 1; S = 1 - 4.6/3
        assertThat(s.sValuedWeighted()).isCloseTo(1 - 4.6 / 3, within(1e-12));
        // weighted binary: .4 + .3 + .1 = .8 disagree; S = 1 - 1.6 = -0.6
        assertThat(s.sBinaryWeighted()).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void cohensKappaAndScottsPiByHand() {
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(X, Y, W);
        // Valued, disagreement |a-b|/3. Observed: (8/3)/4 = 2/3.
        // Kappa's chance disagreement uses each state's own distribution: x 0,1,2,3 each .25;
        // y 0 .5, 1 .25, 3 .25. E|a-b| for a = 0,1,2,3: 1, 1, 1.5, 2 -> mean 1.375, /3 = 11/24.
        // kappa = 1 - (2/3)/(11/24) = 1 - 16/11 = -5/11
        assertThat(s.kappaValued()).isCloseTo(-5.0 / 11, within(1e-12));
        // Pi pools them: 0 .375, 1 .25, 2 .125, 3 .25; E|a-b| = 2 * .65625 = 1.3125, /3 = 7/16.
        // pi = 1 - (2/3)/(7/16) = 1 - 32/21 = -11/21
        assertThat(s.piValued()).isCloseTo(-11.0 / 21, within(1e-12));
        // Binary: agree only on C, observed .75; x has 3 ties of 4, y 2 of 4.
        // kappa: expected .75*.5 + .25*.5 = .5 -> 1 - .75/.5 = -0.5
        assertThat(s.kappaBinary()).isCloseTo(-0.5, within(1e-12));
        // pi: pooled p(tie) = .625, expected 2 * .625 * .375 = .46875 -> 1 - 1.6 = -0.6
        assertThat(s.piBinary()).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void tauBByHand() {
        // pairs of members: AB, AC, BC, BD, CD discordant; AD tied on y only. P = 0, Q = 5,
        // n0 = 6, no ties on x, one on y: tau-b = -5 / sqrt(6 * 5)
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(X, Y, W);
        assertThat(s.tauB()).isCloseTo(-5 / Math.sqrt(30), within(1e-12));
    }

    @Test
    void identicalPortfoliosAgreeFully() {
        int[] x = {3, 3, 0, 1};
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(x, x.clone(), W);
        assertThat(List.of(s.sBinary(), s.sValued(), s.sBinaryWeighted(), s.sValuedWeighted(), s.tauB(),
                s.kappaBinary(), s.kappaValued(), s.piBinary(), s.piValued())).allSatisfy(v -> assertThat(v).isEqualTo(1.0));
    }

    @Test
    void undefinedMeasuresAreNaN() {
        // both portfolios the same constant vector: no variation, no chance disagreement
        int[] x = {3, 3, 3};
        PortfolioSimilarity.Scores s = PortfolioSimilarity.compare(x, x.clone(), null);
        assertThat(s.sValued()).isEqualTo(1.0);
        assertThat(s.tauB()).isNaN();
        assertThat(s.kappaValued()).isNaN();
        assertThat(s.sValuedWeighted()).isNaN(); // no weights given
    }

    /** tau-b against its textbook definition, pair by pair: an implementation that shares no code. */
    @Property(tries = 300)
    void tauBMatchesThePairwiseDefinition(@ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 3) Integer> a,
            @ForAll long seed) {
        int n = a.size();
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = new int[n];
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(4);
        }
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int dx = Integer.signum(x[i] - x[j]);
                int dy = Integer.signum(y[i] - y[j]);
                if (dx * dy > 0) {
                    concordant++;
                } else if (dx * dy < 0) {
                    discordant++;
                } else if (dx == 0 && dy != 0) {
                    tiedX++;
                } else if (dy == 0 && dx != 0) {
                    tiedY++;
                }
            }
        }
        double denominator = Math.sqrt((double) (concordant + discordant + tiedX) * (concordant + discordant + tiedY));
        double expected = denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
        double actual = PortfolioSimilarity.compare(x, y, null).tauB();
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(1e-12));
        }
    }

    private static double[] values(PortfolioSimilarity.Scores s) {
        return new double[] {s.sBinary(), s.sValued(), s.sBinaryWeighted(), s.sValuedWeighted(), s.tauB(),
            s.kappaBinary(), s.kappaValued(), s.piBinary(), s.piValued()};
    }

    @Property(tries = 200)
    void measuresAreSymmetricAndSIsBounded(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 3) Integer> a,
            @ForAll long seed) {
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = new java.util.Random(seed).ints(x.length, 0, 4).toArray();
        PortfolioSimilarity.Scores xy = PortfolioSimilarity.compare(x, y, null);
        PortfolioSimilarity.Scores yx = PortfolioSimilarity.compare(y, x, null);
        double[] a1 = values(xy);
        double[] a2 = values(yx);
        for (int i = 0; i < a1.length; i++) {
            if (Double.isNaN(a1[i])) {
                assertThat(a2[i]).isNaN();
            } else {
                assertThat(a2[i]).isCloseTo(a1[i], within(1e-12));
            }
        }
        assertThat(xy.sValued()).isBetween(-1.0, 1.0);
        assertThat(xy.sBinary()).isBetween(-1.0, 1.0);
    }
}
