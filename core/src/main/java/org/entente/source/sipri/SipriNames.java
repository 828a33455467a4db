package org.entente.source.sipri;

import org.entente.source.CountryResolver;
import org.entente.source.CountryResolver.Resolution;

/**
 * SIPRI country names to COW codes, where the year matters. The names themselves are mapped in
 * {@code countries/sipri-names.csv}; the one rule that needs a year is Germany's: SIPRI writes
 * "Germany" for the Federal Republic before and after unification (its TIV table for "Germany" is
 * file code FRG), while COW gives the FRG 260 (GFR, to 2 Oct 1990) and united Germany 255 (GMY,
 * from 3 Oct 1990).
 */
public final class SipriNames {

    /** COW's last year of the German Federal Republic (GFR 260); 1990 is mostly its year. */
    static final int LAST_FRG_YEAR = 1990;
    static final int COW_GERMANY = 255;
    static final int COW_FRG = 260;

    private SipriNames() {}

    /**
     * Resolves a SIPRI name in a year (the order year of a deal, the year of a delivery or of a
     * TIV cell); {@code year} may be null when the record has none.
     */
    public static Resolution resolve(CountryResolver countries, String name, Integer year) {
        return inYear(countries.resolveName(name), name, year);
    }

    /** Applies the year rules to the resolution of {@code name}. */
    public static Resolution inYear(Resolution r, String name, Integer year) {
        if (r.isState() && r.ccode() == COW_GERMANY && year != null && year <= LAST_FRG_YEAR
                && name.strip().equalsIgnoreCase("Germany")) {
            return new Resolution(r.scheme(), r.name(), COW_FRG, CountryResolver.Kind.STATE,
                    "SIPRI 'Germany' before unification: COW GFR");
        }
        return r;
    }
}
