package org.entente.measure.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Cox models on the ATOP 5.1 alliance spells against R 4.2.2 / survival 3.5.3: {@code coxph} (ties
 * "efron", R's default), {@code cox.zph} (transform "km", its default) and {@code survfit(fit, newdata)};
 * values printed by {@code core/src/test/r/survival-reference.R}.
 */
class CoxModelTest {

    static final List<String> DEFAULT = List.of("cinc_asymmetry", "major_power", "milinst", "bilateral", "defense", "offense",
            "neutral", "nonagg", "conditional", "asymmetric");

    static CoxModel.Fit defaultFit() throws Exception {
        return CoxModel.fit(DEFAULT, SpellsCsv.subjects(SpellsCsv.spells(), DEFAULT));
    }

    @Test
    void coefficientsAndStandardErrorsMatchCoxph() throws Exception {
        CoxModel.Fit fit = defaultFit();
        double[][] expected = {
            {-0.88009446086939569, 0.355197316560021}, {0.32056438616976857, 0.121839200877473},
            {0.02838891193724267, 0.079089710831348}, {0.00322692324201855, 0.165953220671148},
            {0.34623481312951526, 0.129070939420612}, {0.90335708112830793, 0.147054868644660},
            {0.39617627626143098, 0.151684127213640}, {-0.98859336058811409, 0.126582383564186},
            {-0.08837025321542548, 0.118263987449889}, {0.35306764021193804, 0.162212316992234}};
        assertThat(fit.n()).isEqualTo(747);
        assertThat(fit.events()).isEqualTo(391);
        for (int j = 0; j < DEFAULT.size(); j++) {
            CoxModel.Coefficient c = fit.coefficients().get(j);
            assertThat(c.name()).isEqualTo(DEFAULT.get(j));
            assertThat(c.coef()).as("coef %s", c.name()).isCloseTo(expected[j][0], within(1e-4));
            assertThat(c.se()).as("se %s", c.name()).isCloseTo(expected[j][1], within(1e-4));
            assertThat(c.hazardRatio()).isCloseTo(Math.exp(expected[j][0]), within(1e-4));
        }
        // fit$loglik
        assertThat(fit.logLikNull()).isCloseTo(-2400.36769114791, within(1e-4));
        assertThat(fit.logLik()).isCloseTo(-2262.50946224767, within(1e-4));
    }

    @Test
    void proportionalHazardsTestMatchesCoxZph() throws Exception {
        CoxModel.Fit fit = defaultFit();
        double[] chisq = {0.0862954559248958, 8.2731873146241899, 9.2310745917435622, 6.5993839087184512,
            5.5169589721080428, 0.0505220710371011, 1.9290824479087350, 0.2021664450585499, 2.4980837434357230,
            9.1171084138490208, 50.8451359963488585};
        assertThat(fit.proportionalHazards()).hasSize(11);
        for (int j = 0; j < chisq.length; j++) {
            assertThat(fit.proportionalHazards().get(j).chiSquare()).as(fit.proportionalHazards().get(j).name())
                    .isCloseTo(chisq[j], within(1e-4));
        }
        CoxModel.PhTest global = fit.proportionalHazards().get(10);
        assertThat(global.name()).isEqualTo("GLOBAL");
        assertThat(global.df()).isEqualTo(10);
        assertThat(global.p()).isCloseTo(1.86517219722516e-07, within(1e-9));
    }

    @Test
    void predictedSurvivalOfTheRussiaChinaTreatyMatchesSurvfit() throws Exception {
        CoxModel.Fit fit = defaultFit();
        Map<String, String> treaty = SpellsCsv.spells().stream().filter(r -> r.get("atopid").equals("4980")).findFirst()
                .orElseThrow();
        double[] x = SpellsCsv.subject(treaty, DEFAULT).x();
        // summary(survfit(fit, newdata = case), times = c(5, 10, 20))
        assertThat(fit.survival(x, 5)).isCloseTo(0.904567990956819, within(1e-4));
        assertThat(fit.survival(x, 10)).isCloseTo(0.827160399545794, within(1e-4));
        assertThat(fit.survival(x, 20)).isCloseTo(0.725367849515957, within(1e-4));
        // quantile(..., 0.5): NA, the predicted curve stays above one half
        assertThat(fit.median(x)).isNull();
    }

    @Test
    void armsShareModelMatchesCoxph() throws Exception {
        List<String> names = List.of("arms_share", "cinc_asymmetry", "major_power", "milinst");
        CoxModel.Fit fit = CoxModel.fit(names, SpellsCsv.subjects(SpellsCsv.spells(), names));
        double[][] expected = {{0.747241861740350, 0.423964508168745}, {0.366548686992397, 0.511961352806364},
            {-0.476805117193477, 0.213773448593515}, {0.594782464413364, 0.111165456788370}};
        assertThat(fit.n()).isEqualTo(492);
        assertThat(fit.events()).isEqualTo(156);
        for (int j = 0; j < names.size(); j++) {
            assertThat(fit.coefficients().get(j).coef()).isCloseTo(expected[j][0], within(1e-4));
            assertThat(fit.coefficients().get(j).se()).isCloseTo(expected[j][1], within(1e-4));
        }
        double[] chisq = {4.246227834814859, 0.178622655867159, 1.307892126185985, 8.880345457160672, 18.776313852493221};
        for (int j = 0; j < chisq.length; j++) {
            assertThat(fit.proportionalHazards().get(j).chiSquare()).isCloseTo(chisq[j], within(1e-4));
        }
    }

    @Test
    void phaseLevelModelWithTiedEndsMatchesCoxph() throws Exception {
        // atop5_1-phase-spells.csv (entente alliances spells --level phase): 18 tied end times, so
        // Efron's approximation matters; R: coxph(f, data = phases), cox.zph(...)["GLOBAL", ]
        var phases = SpellsCsv.read("atop5_1-phase-spells.csv");
        CoxModel.Fit fit = CoxModel.fit(DEFAULT, SpellsCsv.subjects(phases, DEFAULT));
        double[][] expected = {
            {-1.0213220277945085, 0.3538461444671945}, {0.3842155732272657, 0.1216707991009684},
            {-0.0494149202963908, 0.0769903422977129}, {-0.0516377726126320, 0.1593931828466607},
            {0.4614659854794970, 0.1272120411998626}, {0.7966974737517615, 0.1454986399463804},
            {0.4439897121976428, 0.1451945676876626}, {-0.9660469204091566, 0.1237853854818639},
            {-0.1545824091992642, 0.1177413718752797}, {0.3369822892881487, 0.1574841117568009}};
        assertThat(fit.n()).isEqualTo(751);
        assertThat(fit.events()).isEqualTo(405);
        for (int j = 0; j < DEFAULT.size(); j++) {
            assertThat(fit.coefficients().get(j).coef()).as(DEFAULT.get(j)).isCloseTo(expected[j][0], within(1e-4));
            assertThat(fit.coefficients().get(j).se()).as(DEFAULT.get(j)).isCloseTo(expected[j][1], within(1e-4));
        }
        assertThat(fit.proportionalHazards().get(10).chiSquare()).isCloseTo(36.9388755358957, within(1e-4));
        // R: quantile(survfit(Surv(years, ended) ~ 1, data = phases), 0.5)
        SurvivalCurve km = KaplanMeier.fit("phases", SpellsCsv.subjects(phases, List.of()));
        assertThat(km.median()).isCloseTo(20.7556468172485, within(1e-4));
        assertThat(km.medianLower()).isCloseTo(18.8555783709788, within(1e-4));
        assertThat(km.medianUpper()).isCloseTo(24.249144421629, within(1e-4));
    }

    @Test
    void aCovariateThatSeparatesNothingHasHazardRatioNearOne() {
        // hand-built: the covariate alternates 0/1 along the ordered times, so neither level fails earlier
        List<Subject> s = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            s.add(new Subject(i, true, new double[] {(i / 2) % 2}));
        }
        CoxModel.Fit fit = CoxModel.fit(List.of("x"), s);
        assertThat(fit.coefficients().get(0).hazardRatio()).isBetween(0.5, 2.0);
        assertThat(fit.coefficients().get(0).p()).isGreaterThan(0.3);
    }
}
