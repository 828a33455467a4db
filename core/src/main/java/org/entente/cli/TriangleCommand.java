package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.entente.measure.panel.MissingDataException;
import org.entente.measure.triangle.MemoPeriods;
import org.entente.measure.triangle.PairInputs;
import org.entente.measure.triangle.Triangle;
import org.entente.measure.triangle.TriangleInputs;
import org.entente.measure.triangle.TriangleRule;
import org.entente.model.State;
import org.entente.model.StateDirectory;
import org.entente.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "triangle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Dittmer's strategic triangle of three states, year by year: each pair's amity or enmity from",
            "the dyad-years 'entente dyads --with atop,similarity,events' builds, the triangle's form and pivot,",
            "and the years the form changes. The rule and its sources: docs/triangle.md.",
            "Militarized disputes and rivalries are not loaded in Entente yet and are not used."},
        footer = {"", "Examples:",
            "  ./entente triangle USA RUS CHN --from 1950 --to 2001",
            "  ./entente triangle USA RUS CHN --from 1950 --to 2001 --check-memo",
            "  ./entente triangle 2 365 710 --from 1970 --to 1979 --format csv"})
final class TriangleCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(arity = "3", paramLabel = "STATE", description = "Three states: COW codes, abbreviations or names.")
    List<String> states;

    @Option(names = "--from", required = true, paramLabel = "YEAR", description = "First year.")
    int from;

    @Option(names = "--to", required = true, paramLabel = "YEAR", description = "Last year.")
    int to;

    @Option(names = "--format", paramLabel = "F", description = "text (default), json or csv.")
    Format format = Format.text;

    @Option(names = "--alliance-weight", paramLabel = "W", description = "Score of an ATOP defense or offense pact"
            + " in force (default: ${DEFAULT-VALUE}).")
    double allianceWeight = TriangleRule.DEFAULT.allianceWeight();

    @Option(names = "--tau-amity", paramLabel = "T", description = "tau-b at or above this scores +1"
            + " (default: ${DEFAULT-VALUE}).")
    double tauAmity = TriangleRule.DEFAULT.tauAmity();

    @Option(names = "--tau-enmity", paramLabel = "T", description = "tau-b at or below this scores -1"
            + " (default: ${DEFAULT-VALUE}).")
    double tauEnmity = TriangleRule.DEFAULT.tauEnmity();

    @Option(names = "--event-weight", paramLabel = "W", description = "Score of the sign of the Goldstein balance,"
            + " where event data cover the year (default: ${DEFAULT-VALUE}).")
    double eventWeight = TriangleRule.DEFAULT.eventWeight();

    @Option(names = "--amity-at", paramLabel = "S", description = "Lowest pair score read as amity"
            + " (default: ${DEFAULT-VALUE}).")
    double amityAt = TriangleRule.DEFAULT.amityAt();

    @Option(names = "--check-memo", description = "For USA, RUS, CHN: agreement per decade with the built-in case"
            + " memo's statements on the triangle (1950s-1990s).")
    boolean checkMemo;

    /** One year: the three pairs' scores and the form. */
    record Year(int year, List<TriangleRule.Score> pairs, Triangle triangle) {}

    @Override
    public Integer call() throws Exception {
        List<State> three = resolve();
        if (from > to) {
            throw new UsageProblem("--from " + from + " is after --to " + to);
        }
        TriangleRule rule;
        try {
            rule = new TriangleRule(allianceWeight, tauAmity, tauEnmity, eventWeight, amityAt);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        List<Integer> codes = three.stream().map(State::ccode).toList();
        if (checkMemo && !MemoPeriods.applies(codes)) {
            throw new UsageProblem("--check-memo is for the memo's triangle USA RUS CHN (2 365 710)");
        }
        List<String> notes = new ArrayList<>();
        Map<Integer, Map<List<Integer>, PairInputs>> inputs = read(codes, notes);
        List<Year> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Map<List<Integer>, PairInputs> row = inputs.getOrDefault(y, Map.of());
            List<TriangleRule.Score> scores = new ArrayList<>();
            for (List<Integer> pair : pairs(codes)) {
                PairInputs in = row.get(pair);
                if (in == null) {
                    throw new UsageProblem(notMember(pair, y));
                }
                scores.add(rule.score(in));
            }
            Triangle t = Triangle.classify(sign(scores.get(0)), sign(scores.get(1)), sign(scores.get(2)));
            years.add(new Year(y, scores, t));
        }
        PrintWriter out = spec.commandLine().getOut();
        notes.add("militarized disputes and rivalries: not loaded in Entente yet, not used");
        switch (format) {
            case text -> text(out, years, notes);
            case csv -> csv(out, years);
            case json -> json(out, years, notes);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(n -> err.println("entente: note: " + n));
        err.flush();
        return 0;
    }

    private List<State> resolve() {
        StateDirectory dir = StateDirectory.shared();
        List<State> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (String s : states) {
            State st = dir.find(s).orElseThrow(() -> new UsageProblem("unknown state '" + s
                    + "': give a COW code, abbreviation or name ('entente states --help' lists the codes)"));
            if (!seen.add(st.ccode())) {
                throw new UsageProblem("state " + st.abbrev() + " (" + st.ccode() + ") is named twice; a triangle needs"
                        + " three different states" + (st.ccode() == 365 ? " (the Soviet Union and Russia are both COW 365)"
                        : ""));
            }
            out.add(st);
        }
        return out;
    }

    private static List<List<Integer>> pairs(List<Integer> codes) {
        return List.of(pair(codes.get(0), codes.get(1)), pair(codes.get(0), codes.get(2)), pair(codes.get(1), codes.get(2)));
    }

    private static List<Integer> pair(int a, int b) {
        return List.of(Math.min(a, b), Math.max(a, b));
    }

    private static Triangle.PairSign sign(TriangleRule.Score s) {
        return new Triangle.PairSign(s.inputs().a(), s.inputs().b(), s.amity());
    }

    private String notMember(List<Integer> pair, int year) {
        StateDirectory dir = StateDirectory.shared();
        return "no dyad-year for " + dir.abbrev(pair.get(0)) + "-" + dir.abbrev(pair.get(1)) + " in " + year
                + ": one of them is not a state-system member that year, or the loaded COW membership, ATOP or"
                + " similarity data do not cover it (COW 365 is the Soviet Union until 1991 and Russia after)";
    }

    /** The dyad-years of the three pairs, built as 'entente dyads' builds them; events only if loaded. */
    private Map<Integer, Map<List<Integer>, PairInputs>> read(List<Integer> codes, List<String> notes) throws Exception {
        try (Store s = store.openReadOnly()) {
            return TriangleInputs.read(s, codes, from, to, notes);
        } catch (MissingDataException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    private static String label(Triangle t) {
        StateDirectory dir = StateDirectory.shared();
        String s = t.type().label;
        if (t.pivot().isPresent()) {
            s += ", pivot " + dir.abbrev(t.pivot().getAsInt());
        }
        if (!t.couple().isEmpty()) {
            s += ", pair " + dir.abbrev(t.couple().get(0)) + "-" + dir.abbrev(t.couple().get(1));
        }
        return s;
    }

    private static String inputs(TriangleRule.Score s) {
        PairInputs in = s.inputs();
        StateDirectory dir = StateDirectory.shared();
        return String.format("%s-%s %s %+.0f (atop def/off %d/%d: %+.0f; tau_b %s: %+.0f; goldstein %s: %+.0f)",
                dir.abbrev(in.a()), dir.abbrev(in.b()), s.amity() ? "amity " : "enmity", s.total(),
                in.atopDefense(), in.atopOffense(), s.alliance(),
                in.tauB() == null ? "n/a" : String.format("%.3f", in.tauB()), s.similarity(),
                in.goldstein() == null ? "n/a" : String.format("%.1f", in.goldstein()), s.events());
    }

    private void text(PrintWriter out, List<Year> years, List<String> notes) {
        Triangle previous = null;
        for (Year y : years) {
            boolean change = previous != null && !previous.equals(y.triangle());
            out.printf("%d  %s%s%n", y.year(), label(y.triangle()), change ? "   <- changes" : "");
            for (TriangleRule.Score s : y.pairs()) {
                out.println("      " + inputs(s));
            }
            previous = y.triangle();
        }
        if (checkMemo) {
            out.println();
            out.println("The memo's periods (seed 003, 'different balances at different times') against the computed forms:");
            for (MemoPeriods.Agreement a : MemoPeriods.check(forms(years))) {
                out.printf("  %d-%d  expected %-40s agree %d of %d years%s%n", a.period().from(), a.period().to(),
                        label(a.period().expected()), a.agreeing(), a.yearsComputed(),
                        a.disagreeing().isEmpty() ? "" : "; disagree: " + a.disagreeing());
                out.println("             memo: " + a.period().memoSays());
            }
        }
    }

    private static Map<Integer, Triangle> forms(List<Year> years) {
        Map<Integer, Triangle> m = new TreeMap<>();
        years.forEach(y -> m.put(y.year(), y.triangle()));
        return m;
    }

    private static void csv(PrintWriter out, List<Year> years) {
        out.println("year,type,pivot,ccode1,ccode2,atop_defense,atop_offense,tau_b,goldstein,score_alliance,"
                + "score_similarity,score_events,score,amity");
        for (Year y : years) {
            for (TriangleRule.Score s : y.pairs()) {
                PairInputs in = s.inputs();
                out.println(String.join(",", "" + y.year(), y.triangle().type().name(),
                        y.triangle().pivot().isPresent() ? "" + y.triangle().pivot().getAsInt() : "", "" + in.a(),
                        "" + in.b(), "" + in.atopDefense(), "" + in.atopOffense(), in.tauB() == null ? "" : "" + in.tauB(),
                        in.goldstein() == null ? "" : "" + in.goldstein(), "" + s.alliance(), "" + s.similarity(),
                        "" + s.events(), "" + s.total(), "" + s.amity()));
            }
        }
    }

    private void json(PrintWriter out, List<Year> years, List<String> notes) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (Year y : years) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("year", y.year());
            r.put("type", y.triangle().type().name());
            r.put("pivot", y.triangle().pivot().isPresent() ? y.triangle().pivot().getAsInt() : null);
            r.put("pair", y.triangle().couple().isEmpty() ? null : y.triangle().couple());
            List<Object> ps = new ArrayList<>();
            for (TriangleRule.Score s : y.pairs()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("ccode1", s.inputs().a());
                p.put("ccode2", s.inputs().b());
                p.put("atop_defense", s.inputs().atopDefense());
                p.put("atop_offense", s.inputs().atopOffense());
                p.put("tau_b", s.inputs().tauB());
                p.put("goldstein", s.inputs().goldstein());
                p.put("score", s.total());
                p.put("amity", s.amity());
                ps.add(p);
            }
            r.put("pairs", ps);
            rows.add(r);
        }
        doc.put("years", rows);
        if (checkMemo) {
            List<Object> checks = new ArrayList<>();
            for (MemoPeriods.Agreement a : MemoPeriods.check(forms(years))) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("from", a.period().from());
                c.put("to", a.period().to());
                c.put("expected", a.period().expected().type().name());
                c.put("years", a.yearsComputed());
                c.put("agreeing", a.agreeing());
                c.put("disagreeing", a.disagreeing());
                checks.add(c);
            }
            doc.put("memo", checks);
        }
        doc.put("notes", notes);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    }
}
