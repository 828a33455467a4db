package org.entente.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.model.CaseFact;
import org.entente.model.Obligation;
import org.entente.model.Party;
import org.entente.model.Treaty;
import org.entente.model.TreatyObligation;


/**
 * Section 1's rules (docs/assessment-method.md, rule-alliance): is there an alliance by Holsti,
 * Hopmann and Sullivan's definition (a formal agreement to collaborate on national security) or by
 * Walt's (a formal or informal arrangement for security cooperation), and what Singer–Small type do
 * the provisions of the latest such agreement make it, the highest commitment among them winning.
 */
public final class AllianceDefinition {

    private AllianceDefinition() {}

    /** Singer and Small's classes, strongest first; {@code rank} orders them. */
    public enum SingerSmallType {
        DEFENSE_PACT("Type I: defense pact", 3),
        NEUTRALITY_OR_NON_AGGRESSION("Type II: neutrality or non-aggression pact", 2),
        ENTENTE("Type III: entente", 1),
        NONE("no security commitment", 0);

        private final String label;
        private final int rank;

        SingerSmallType(String label, int rank) {
            this.label = label;
            this.rank = rank;
        }

        public String label() {
            return label;
        }

        public int rank() {
            return rank;
        }
    }

    /** Obligations that make an agreement one "on national security". */
    static final Set<Obligation> SECURITY = Set.of(Obligation.DEFENSE, Obligation.OFFENSE, Obligation.NEUTRALITY,
            Obligation.NON_AGGRESSION, Obligation.CONSULTATION, Obligation.MILITARY_COOPERATION);

    /**
     * The Singer–Small class of one obligation: a pledge to fight (defense, and offense, which
     * pledges more) is Type I; neutrality and non-aggression Type II; consultation, and military
     * cooperation short of a pledge as the residual class of security agreements, Type III.
     */
    public static SingerSmallType typeOf(Obligation o) {
        return switch (o) {
            case DEFENSE, OFFENSE -> SingerSmallType.DEFENSE_PACT;
            case NEUTRALITY, NON_AGGRESSION -> SingerSmallType.NEUTRALITY_OR_NON_AGGRESSION;
            case CONSULTATION, MILITARY_COOPERATION -> SingerSmallType.ENTENTE;
            case OTHER -> SingerSmallType.NONE;
        };
    }

    /** One treaty's type and the provision that decided it (null when none is a security provision). */
    public record TreatyType(Treaty treaty, SingerSmallType type, TreatyObligation deciding) {}

    /**
     * The result for a pair in a year. {@code type} and {@code deciding} come from the latest formal
     * agreement with a security provision: the alliance being assessed. {@code strongest} is the
     * highest commitment among all formal agreements signed by then, as COW and ATOP code a dyad-year
     * (it may be an older agreement). {@code informal} lists what satisfies Walt's test besides formal
     * agreements.
     */
    public record Result(boolean holsti, boolean walt, SingerSmallType type, TreatyType deciding, TreatyType strongest,
            List<TreatyType> treaties, List<String> informal) {}

    /** The highest commitment among a treaty's provisions; the first article of that class decides. */
    public static TreatyType typeOf(Treaty t) {
        TreatyObligation best = null;
        SingerSmallType bestType = SingerSmallType.NONE;
        for (TreatyObligation p : t.provisions()) {
            SingerSmallType ty = typeOf(p.obligation());
            if (ty.rank() > bestType.rank()) {
                bestType = ty;
                best = p;
            }
        }
        return new TreatyType(t, bestType, best);
    }

    /** Applies the rule to the treaties and facts of a case for parties {@code a}, {@code b} in {@code year}. */
    public static Result assess(List<Treaty> treaties, List<CaseFact> facts, Party a, Party b, int year) {
        List<TreatyType> typed = new ArrayList<>();
        for (Treaty t : treaties) {
            boolean both = t.parties().stream().anyMatch(p -> PartyRef.is(p, a))
                    && t.parties().stream().anyMatch(p -> PartyRef.is(p, b));
            if (both && t.signed() != null && t.signed().year() <= year) {
                typed.add(typeOf(t));
            }
        }
        typed.sort(Comparator.comparing((TreatyType t) -> t.treaty().signed()));
        List<TreatyType> security = typed.stream()
                .filter(t -> t.treaty().formal() && t.type() != SingerSmallType.NONE).toList();
        TreatyType latest = security.isEmpty() ? null : security.get(security.size() - 1);
        TreatyType strongest = security.stream()
                .max(Comparator.comparingInt((TreatyType t) -> t.type().rank())
                        .thenComparing(t -> t.treaty().signed()))
                .orElse(null);
        boolean holsti = latest != null;
        List<String> informal = new ArrayList<>();
        for (TreatyType t : typed) {
            if (!t.treaty().formal() && t.type() != SingerSmallType.NONE) {
                informal.add("informal agreement " + t.treaty().id() + " (" + t.treaty().signed() + "): "
                        + t.deciding().obligation().name().toLowerCase().replace('_', ' '));
            }
        }
        for (CaseFact f : facts) {
            boolean aboutPair = f.party() == null || PartyRef.is(f.party(), a) || PartyRef.is(f.party(), b);
            if (f.category() == CaseFact.Category.MILITARY && f.direction() > 0 && aboutPair
                    && (f.year() == null || f.year() <= year)) {
                informal.add("security cooperation " + f.id() + (f.year() == null ? "" : " (" + f.year() + ")"));
            }
        }
        boolean walt = holsti || !informal.isEmpty();
        SingerSmallType type = holsti ? latest.type() : SingerSmallType.NONE;
        return new Result(holsti, walt, type, latest, strongest, typed, informal);
    }

    /**
     * The type the ATOP or COW obligation flags of a dyad imply, by the same ranking, so that the
     * case's reading and the dataset's coding can be set side by side.
     */
    public static SingerSmallType typeOfFlags(boolean defense, boolean offense, boolean neutrality,
            boolean nonAggression, boolean consultation) {
        if (defense || offense) {
            return SingerSmallType.DEFENSE_PACT;
        }
        if (neutrality || nonAggression) {
            return SingerSmallType.NEUTRALITY_OR_NON_AGGRESSION;
        }
        if (consultation) {
            return SingerSmallType.ENTENTE;
        }
        return SingerSmallType.NONE;
    }
}
