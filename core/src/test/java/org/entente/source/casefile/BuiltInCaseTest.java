package org.entente.source.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.entente.model.ArmsDeal;
import org.entente.model.ArmsExportSystem;
import org.entente.model.Case;
import org.entente.model.CaseFact;
import org.entente.model.Cited;
import org.entente.model.Claim;
import org.entente.model.ExportAgency;
import org.entente.model.Hypothesis;
import org.entente.model.Obligation;
import org.entente.model.PartialDate;
import org.entente.model.Party;
import org.entente.model.PaymentTerms;
import org.entente.model.Source;
import org.entente.model.StrategicObjective;
import org.entente.model.Summit;
import org.entente.model.ThreatPerception;
import org.entente.model.TradeFigure;
import org.entente.model.Treaty;

/**
 * The built-in case {@code russia-china-2001} against the seed papers themselves: every entry is
 * cited, every figure appears in the passage it cites, every summit characterisation is the
 * papers' own words, and the paper's figures and notes are all encoded. The expected values come
 * from the seed texts under {@code ${entente.shared}/seeds}, never from the case file.
 */
class BuiltInCaseTest {

    static Case rc;
    static SeedTexts seeds;
    static Map<String, Source> sources;

    @BeforeAll
    static void load() throws Exception {
        rc = CaseReader.builtIn("russia-china-2001");
        seeds = new SeedTexts(SeedTexts.seedsDir()); // CI has ../shared; a missing seed fails the test
        sources = new HashMap<>();
        rc.sources().forEach(s -> sources.put(s.id(), s));
    }

    @Test
    void isListedAndNamesItsParties() {
        assertThat(CaseReader.builtInIds()).contains("russia-china-2001");
        assertThat(rc.partyA()).isEqualTo(new Party(365, "RUS", "Russia"));
        assertThat(rc.partyB()).isEqualTo(new Party(710, "CHN", "China"));
        assertThat(rc.fromYear()).isEqualTo(1989);
        assertThat(rc.toYear()).isEqualTo(2001);
    }

    @Test
    void everyCitedEntryNamesSourcesThatExist() {
        List<Cited> all = CitedWalker.all(rc);
        assertThat(all).hasSizeGreaterThan(300);
        for (Cited c : all) {
            assertThat(c.sources()).as("sources of %s", c).isNotEmpty();
            assertThat(sources.keySet()).as("sources of %s", c).containsAll(c.sources());
        }
    }

    @Test
    void everySourceLocatorPointsAtAPassageOfTheSeeds() {
        for (Source s : rc.sources()) {
            assertThat(seeds.passage(s)).as(s.id()).isNotBlank();
        }
    }

    /** Each figure (not year) of an entry must be mentioned in one of the passages the entry cites. */
    @Test
    void everyFigureAppearsInThePassageItCites() {
        List<String> missing = new ArrayList<>();
        for (CaseFact f : rc.facts()) {
            check(f.id(), f.sources(), missing, f.value(), f.valueMax());
        }
        for (ArmsDeal d : rc.armsDeals()) {
            List<Double> figures = new ArrayList<>();
            figures.add(d.quantity() == null ? null : d.quantity().doubleValue());
            figures.add(d.quantityMax() == null ? null : d.quantityMax().doubleValue());
            figures.add(d.valueUsdMillions());
            PaymentTerms p = d.payment();
            if (p != null) {
                // 0 and 1 say "all barter"; a barter share of 1 - hard-currency is the paper's "the rest"
                if (p.hardCurrencyShare() != null && p.hardCurrencyShare() > 0 && p.hardCurrencyShare() < 1) {
                    figures.add(p.hardCurrencyShare());
                }
                boolean rest = p.hardCurrencyShare() != null && p.barterShare() != null
                        && NumberMentions.same(p.barterShare(), 1 - p.hardCurrencyShare());
                if (p.barterShare() != null && !rest && p.barterShare() > 0 && p.barterShare() < 1) {
                    figures.add(p.barterShare());
                }
            }
            check(d.id(), d.sources(), missing, figures.toArray(Double[]::new));
        }
        for (TradeFigure t : rc.trade()) {
            check("trade " + t.year() + " " + t.measure(), t.sources(), missing, t.usdMillions());
        }
        for (Claim c : rc.claims()) {
            check(c.id(), c.sources(), missing, c.value());
        }
        assertThat(missing).as("figures not found in the passages they cite").isEmpty();
    }

    private void check(String what, List<String> cited, List<String> missing, Double... figures) {
        for (Double v : figures) {
            if (v == null) {
                continue;
            }
            boolean found = cited.stream().map(sources::get).map(seeds::passage)
                    .anyMatch(text -> NumberMentions.mentions(text, v));
            if (!found) {
                missing.add(what + ": " + v + " not in " + cited);
            }
        }
    }

    /** Years may be worked out from the text ("the following May"), so they need only appear in the cited document. */
    @Test
    void everyYearAppearsInTheCitedDocument() {
        List<String> missing = new ArrayList<>();
        for (Cited c : CitedWalker.all(rc)) {
            List<Integer> years = new ArrayList<>();
            if (c instanceof CaseFact f) {
                years.add(f.year());
                years.add(f.toYear());
            } else if (c instanceof ArmsDeal d) {
                years.add(d.orderYear());
                years.addAll(d.deliveryYears());
            } else if (c instanceof TradeFigure t) {
                years.add(t.year());
                years.add(t.toYear());
            } else if (c instanceof Summit s) {
                years.add(s.date().year());
            } else if (c instanceof Treaty t) {
                years.add(t.signed().year());
            } else if (c instanceof ExportAgency a) {
                years.add(a.fromYear());
                years.add(a.toYear());
            } else if (c instanceof ArmsExportSystem.ExportRule r) {
                years.add(r.year());
            } else if (c instanceof Claim cl && cl.params().containsKey("years")) {
                for (String y : cl.params().get("years").split("-")) {
                    years.add(Integer.valueOf(y));
                }
            }
            for (Integer y : years) {
                if (y != null && c.sources().stream().map(sources::get).map(seeds::document)
                        .noneMatch(doc -> NumberMentions.mentions(doc, y))) {
                    missing.add(c + ": year " + y);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everySummitCharacterisationIsQuotedFromTheCitedPassage() {
        for (Summit s : rc.summits()) {
            List<String> phrases = new ArrayList<>(s.quotes());
            if (s.characterisation() != null) {
                phrases.add(s.characterisation());
            }
            for (String phrase : phrases) {
                String p = SeedTexts.normalise(phrase);
                assertThat(s.sources().stream().map(sources::get).map(seeds::passage).anyMatch(t -> t.contains(p)))
                        .as("summit %s: '%s' in %s", s.id(), phrase, s.sources()).isTrue();
            }
        }
    }

    /** Completeness: every dollar and percent figure the paper gives is somewhere in the case. */
    @Test
    void everyDollarAndPercentFigureOfThePaperIsEncoded() {
        Set<Double> encoded = new HashSet<>();
        for (Cited c : CitedWalker.all(rc)) {
            if (c instanceof CaseFact f) {
                add(encoded, f.value(), f.valueMax());
            } else if (c instanceof ArmsDeal d) {
                add(encoded, d.valueUsdMillions());
                if (d.payment() != null) {
                    add(encoded, d.payment().hardCurrencyShare() == null ? null : d.payment().hardCurrencyShare() * 100);
                }
            } else if (c instanceof TradeFigure t) {
                add(encoded, t.usdMillions());
            } else if (c instanceof Claim cl) {
                add(encoded, cl.value());
            }
        }
        List<String> missing = new ArrayList<>();
        Matcher dollars = Pattern.compile("\\$(\\d+(?:\\.\\d+)?)[ -](billion|million)").matcher(seeds.paper);
        while (dollars.find()) {
            double usdMillions = Double.parseDouble(dollars.group(1)) * (dollars.group(2).equals("billion") ? 1000 : 1);
            if (encoded.stream().noneMatch(v -> NumberMentions.same(v, usdMillions))) {
                missing.add(dollars.group());
            }
        }
        Matcher percents = Pattern.compile("(\\d+(?:\\.\\d+)?) percent").matcher(seeds.paper);
        while (percents.find()) {
            double pct = Double.parseDouble(percents.group(1));
            if (encoded.stream().noneMatch(v -> NumberMentions.same(v, pct))) {
                missing.add(percents.group());
            }
        }
        assertThat(missing).as("figures of the paper missing from the case").isEmpty();
    }

    private static void add(Set<Double> set, Double... values) {
        for (Double v : values) {
            if (v != null) {
                set.add(v);
            }
        }
    }

    /** Completeness: every note of the paper, every section of both papers, is cited by some entry. */
    @Test
    void everyNoteAndSectionOfTheSeedsIsCited() {
        Set<String> cited = CitedWalker.all(rc).stream().flatMap(c -> c.sources().stream()).collect(Collectors.toSet());
        Matcher notes = Pattern.compile("\\[(\\d+)\\]").matcher(seeds.paper);
        Set<String> expected = new HashSet<>();
        while (notes.find()) {
            expected.add("paper-n" + notes.group(1));
        }
        assertThat(expected).hasSize(45);
        for (int s = 1; s <= seeds.paperSectionCount(); s++) {
            expected.add("paper-s" + s);
        }
        expected.addAll(List.of("memo-intro", "memo-sino-russian", "memo-us-alliances"));
        assertThat(cited).containsAll(expected);
    }

    /**
     * Facts carry over, the papers' sentences do not: no text of the case (other than names,
     * citations and the quoted characterisations) shares a run of {@value #VERBATIM_RUN} words
     * with the seeds.
     */
    @Test
    void statementsParaphraseRatherThanCopyThePapers() throws Exception {
        List<String> seedWords = new ArrayList<>(words(seeds.paper));
        seedWords.add("|");
        seedWords.addAll(words(seeds.memo));
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + VERBATIM_RUN <= seedWords.size(); i++) {
            runs.add(seedWords.subList(i, i + VERBATIM_RUN));
        }
        List<String> copied = new ArrayList<>();
        for (String text : prose(rc, new ArrayList<>())) {
            List<String> w = words(text);
            for (int i = 0; i + VERBATIM_RUN <= w.size(); i++) {
                if (runs.contains(w.subList(i, i + VERBATIM_RUN))) {
                    copied.add(text);
                    break;
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    static final int VERBATIM_RUN = 12;

    /** Names, citations and the characterisations (which are quotations by design) are exempt. */
    static final Set<String> EXEMPT = Set.of("citation", "name", "characterisation", "quotes", "title");

    private static List<String> prose(Object o, List<String> out) throws ReflectiveOperationException {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                prose(x, out);
            }
        } else if (o != null && o.getClass().isRecord()) {
            for (var rc : o.getClass().getRecordComponents()) {
                if (EXEMPT.contains(rc.getName())) {
                    continue;
                }
                Object v = rc.getAccessor().invoke(o);
                if (v instanceof String str) {
                    out.add(str);
                } else {
                    prose(v, out);
                }
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z0-9']+").matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void summitsOfTheBarometerAreAllThere() {
        Map<String, Summit> byMonth = rc.summits().stream()
                .collect(Collectors.toMap(s -> s.date().year() + "-" + String.format("%02d", s.date().month()),
                        Function.identity(), (a, b) -> a));
        // the paper's and memo's characterisations, read off the seed texts
        assertThat(byMonth.get("1992-12").characterisation()).isEqualTo("friendly, open and constructive");
        assertThat(byMonth.get("1994-09").characterisation()).isEqualTo("constructive partnership");
        assertThat(byMonth.get("1996-04").characterisation()).isEqualTo("strategic partnership");
        assertThat(byMonth.get("1996-04").quotes()).contains("partnership directed toward the twenty-first century");
        assertThat(byMonth.get("1997-04").characterisation()).contains("historic");
        assertThat(byMonth.get("1997-11").leaders()).contains("Boris Yeltsin", "Jiang Zemin");
        assertThat(byMonth.get("1998-11").place()).isEqualTo("Moscow");
        assertThat(byMonth.get("1999-12").place()).isEqualTo("Beijing");
        assertThat(byMonth.get("2000-07").quotes()).contains("deep worry", "resolute protest");
        assertThat(byMonth.get("2001-07").date()).isEqualTo(new PartialDate(2001, 7, 16));
        assertThat(byMonth).containsKeys("1989-05", "1992-03", "1997-06");
    }

    @Test
    void theArmsDealsOfTheArmsSectionAreAllThere() {
        Map<String, ArmsDeal> deals = rc.armsDeals().stream().collect(Collectors.toMap(ArmsDeal::id, Function.identity()));
        ArmsDeal su27 = deals.get("su27-first-batch");
        assertThat(su27.quantity()).isEqualTo(24);
        assertThat(su27.orderYear()).isEqualTo(1991);
        assertThat(su27.payment().hardCurrencyShare()).isEqualTo(0.35);
        ArmsDeal su30 = deals.get("su30-1999");
        assertThat(List.of(su30.quantity(), su30.quantityMax(), su30.orderYear())).containsExactly(40, 60, 1999);
        assertThat(su30.valueUsdMillions()).isEqualTo(2000.0);
        ArmsDeal licence = deals.get("su27-licence-1995");
        assertThat(licence.valueUsdMillions()).isEqualTo(1400.0);
        assertThat(licence.licensedProduction()).isTrue();
        assertThat(deals.get("kilo-636-submarines").quantity()).isEqualTo(2);
        assertThat(deals.get("mi6-helicopters").payment().barterShare()).isEqualTo(1.0);
        assertThat(rc.armsDeals()).extracting(ArmsDeal::system).anyMatch(s -> s.startsWith("Sovremennyi"))
                .anyMatch(s -> s.startsWith("S-300")).anyMatch(s -> s.startsWith("T-72"))
                .anyMatch(s -> s.startsWith("Smerch")).anyMatch(s -> s.startsWith("Varshavyanka"));
        assertThat(rc.armsDeals()).allSatisfy(d -> {
            assertThat(d.supplier()).isEqualTo("RUS");
            assertThat(d.recipient()).isEqualTo("CHN");
        });
    }

    @Test
    void tradeFiguresExportSystemThreatsAndHypothesesAreThere() {
        Map<Integer, Double> totals = rc.trade().stream()
                .filter(t -> t.measure().equals("total") && "RUS".equals(t.from()) && "CHN".equals(t.to()))
                .collect(Collectors.toMap(TradeFigure::year, TradeFigure::usdMillions));
        assertThat(totals).containsEntry(1993, 7800.0).containsEntry(1994, 5000.0).containsEntry(1995, 5500.0)
                .containsEntry(1996, 6800.0);
        assertThat(rc.exportSystems()).hasSize(1);
        assertThat(rc.exportSystems().get(0).agencies()).extracting(ExportAgency::name)
                .anyMatch(n -> n.startsWith("Rosvooruzhenie")).anyMatch(n -> n.startsWith("Rossiiskie Tekhnologii"))
                .anyMatch(n -> n.startsWith("Promeksport")).anyMatch(n -> n.startsWith("Rosoboronexport"));
        assertThat(rc.exportSystems().get(0).rules()).extracting(ArmsExportSystem.ExportRule::kind)
                .contains("approved-systems", "eligible-countries");
        for (String perceiver : List.of("RUS", "CHN")) {
            assertThat(rc.threats().stream().filter(t -> t.perceiver().equals(perceiver))
                    .map(ThreatPerception::threatSource)).contains("USA", "NATO", "JPN", "Islamic extremism");
        }
        assertThat(rc.threats()).anyMatch(t -> t.perceiver().equals("RUS") && t.threatSource().equals("CHN"));
        assertThat(rc.threats()).anyMatch(t -> t.perceiver().equals("CHN") && t.threatSource().equals("RUS"));
        assertThat(rc.hypotheses()).extracting(Hypothesis::theorist)
                .containsExactly("Stephen Walt", "Yuri Tsyganov", "RAND study of China's grand strategy", "Randall Schweller");
        assertThat(rc.evidence()).allSatisfy(e -> assertThat(e.ratings()).hasSize(4));
        assertThat(rc.objectives()).anyMatch(o -> o.party().equals("RUS") && o.stance() == StrategicObjective.Stance.STATUS_QUO)
                .anyMatch(o -> o.party().equals("CHN") && o.stance() == StrategicObjective.Stance.REVISIONIST);
        assertThat(rc.claims()).anyMatch(c -> c.metric().equals("arms-deliveries") && c.value() == 14600)
                .anyMatch(c -> c.metric().equals("share-of-supplier-exports") && c.value() == 70);
        assertThat(rc.treaties()).anyMatch(t -> t.provisions().stream().anyMatch(p -> p.obligation() == Obligation.CONSULTATION));
    }
}
