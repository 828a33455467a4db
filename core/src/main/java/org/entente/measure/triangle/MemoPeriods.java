package org.entente.measure.triangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The built-in case memo's decade statements on the US-China-Soviet/Russian triangle
 * (seed 003, the paragraph opening "A number of strategic, political, and economic factors",
 * "different balances at different times"), as expected Dittmer forms, and their check against
 * computed forms.
 */
public final class MemoPeriods {

    /** One statement: the years it covers and the form it implies. */
    public record Period(int from, int to, Triangle expected, String memoSays) {}

    /** How far the computed forms agree with one statement. */
    public record Agreement(Period period, int yearsComputed, List<Integer> disagreeing) {
        public int agreeing() {
            return yearsComputed - disagreeing.size();
        }
    }

    private static final int USA = 2;
    private static final int RUS = 365;
    private static final int CHN = 710;

    /** For the triangle USA (2), Soviet Union/Russia (365), China (710). */
    public static final List<Period> MEMO = List.of(
            new Period(1950, 1959, new Triangle(TriangleType.STABLE_MARRIAGE, OptionalInt.empty(), List.of(RUS, CHN)),
                    "1950s: a Communist bloc against the United States"),
            new Period(1960, 1969, new Triangle(TriangleType.UNIT_VETO, OptionalInt.empty(), List.of()),
                    "1960s: after the split, relations among all three poor"),
            new Period(1970, 1979, new Triangle(TriangleType.ROMANTIC, OptionalInt.of(USA), List.of()),
                    "1970s: the US improved ties with both; Sino-Soviet relations hostile"),
            new Period(1980, 1989, new Triangle(TriangleType.MENAGE_A_TROIS, OptionalInt.empty(), List.of()),
                    "1980s: improved relations among all three powers"),
            new Period(1990, 1999, new Triangle(TriangleType.MENAGE_A_TROIS, OptionalInt.empty(), List.of()),
                    "1990s: improvement all round (with a joint stance against US 'hegemony')"));

    private MemoPeriods() {}

    /** Whether the three states are the memo's (in any order). */
    public static boolean applies(List<Integer> states) {
        return states.size() == 3 && states.containsAll(List.of(USA, RUS, CHN));
    }

    /** Per statement, the computed years it covers and those whose form differs. */
    public static List<Agreement> check(Map<Integer, Triangle> computed) {
        List<Agreement> out = new ArrayList<>();
        for (Period p : MEMO) {
            int n = 0;
            List<Integer> bad = new ArrayList<>();
            for (int y = p.from(); y <= p.to(); y++) {
                Triangle t = computed.get(y);
                if (t == null) {
                    continue;
                }
                n++;
                if (!t.equals(p.expected())) {
                    bad.add(y);
                }
            }
            out.add(new Agreement(p, n, bad));
        }
        return out;
    }
}
