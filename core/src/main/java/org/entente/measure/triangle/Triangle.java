package org.entente.measure.triangle;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A triangle's form in one year, from the signs of its three pairs: Dittmer's classification.
 *
 * @param type the form
 * @param pivot the state in amity with both others (romantic triangle only)
 * @param couple the pair in amity (stable marriage only), as its two codes
 */
public record Triangle(TriangleType type, OptionalInt pivot, List<Integer> couple) {

    /** A pair of states and whether they are in amity. */
    public record PairSign(int a, int b, boolean amity) {
        boolean has(int state) {
            return a == state || b == state;
        }
    }

    /** Classifies three pair signs over three distinct states. */
    public static Triangle classify(PairSign ab, PairSign ac, PairSign bc) {
        List<PairSign> pairs = List.of(ab, ac, bc);
        for (PairSign p : pairs) {
            if (p.a() == p.b()) {
                throw new IllegalArgumentException("a pair of state " + p.a() + " with itself");
            }
        }
        List<PairSign> amities = pairs.stream().filter(PairSign::amity).toList();
        TriangleType type = TriangleType.ofAmities(amities.size());
        OptionalInt pivot = OptionalInt.empty();
        List<Integer> couple = List.of();
        if (type == TriangleType.ROMANTIC) {
            // the one state both amities share
            PairSign x = amities.get(0);
            PairSign y = amities.get(1);
            int shared = y.has(x.a()) ? x.a() : x.b();
            if (!y.has(shared)) {
                throw new IllegalArgumentException("the pairs do not form a triangle: " + pairs);
            }
            pivot = OptionalInt.of(shared);
        } else if (type == TriangleType.STABLE_MARRIAGE) {
            couple = List.of(Math.min(amities.get(0).a(), amities.get(0).b()), Math.max(amities.get(0).a(), amities.get(0).b()));
        }
        return new Triangle(type, pivot, couple);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Triangle t && t.type == type && t.pivot.equals(pivot) && t.couple.equals(couple);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, pivot, couple);
    }
}
