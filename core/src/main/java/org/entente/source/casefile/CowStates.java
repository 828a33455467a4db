package org.entente.source.casefile;

import java.util.Optional;

import org.entente.model.Party;
import org.entente.model.State;
import org.entente.model.StateDirectory;
import org.entente.source.CountryResolver;

/**
 * The COW state list as a case file names states: by COW abbreviation ({@code RUS}), COW code
 * ({@code 365}) or COW name, through the one {@link StateDirectory} every layer shares, or through
 * {@link CountryResolver}, another English name ({@code Russia}).
 */
final class CowStates {

    private static final CowStates SHARED = new CowStates(StateDirectory.shared());

    private final StateDirectory states;

    private CowStates(StateDirectory states) {
        this.states = states;
    }

    static CowStates shared() {
        return SHARED;
    }

    /** The state {@code text} names, if it is a COW abbreviation, code or a known state name. */
    Optional<Party> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            try {
                return states.byCode(Integer.parseInt(t)).map(CowStates::party);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        Optional<State> s = states.find(t);
        if (s.isPresent()) {
            return s.map(CowStates::party);
        }
        CountryResolver.Resolution r = CountryResolver.shared().resolveName(t);
        return r.isState() ? states.byCode(r.ccode()).map(CowStates::party) : Optional.empty();
    }

    private static Party party(State s) {
        return new Party(s.ccode(), s.abbrev(), s.name());
    }

    /** True when {@code text} is written like a COW code (three capitals or digits) rather than a name. */
    static boolean looksLikeCode(String text) {
        String t = text.strip();
        return t.matches("[A-Z]{3}") || t.matches("\\d{1,4}");
    }
}
