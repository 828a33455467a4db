package org.entente.store.sipri;

import java.util.HashMap;
import java.util.Map;

import org.entente.source.CountryResolver.Resolution;
import org.entente.source.sipri.SipriNames;
import org.entente.store.LoadContext;

/**
 * COW codes for the SIPRI names of one import. A file repeats a few hundred names thousands of
 * times, so each name is resolved once; names that are no state are tallied, as written in the
 * file, for {@code unresolved_name}.
 */
final class CountryCodes {

    private final LoadContext ctx;
    private final Map<String, Resolution> byName = new HashMap<>();

    CountryCodes(LoadContext ctx) {
        this.ctx = ctx;
    }

    /** The ccode of {@code name} in {@code year} (may be null); the name is tallied if no state. */
    Integer ccode(String role, String name, Integer year) {
        Resolution r = resolve(name, year);
        if (!r.isState()) {
            ctx.unresolved(role, r);
        }
        return r.ccode();
    }

    /** The ccode without tallying, for a second table fed from lines already tallied. */
    Integer ccodeUntallied(String name, Integer year) {
        return resolve(name, year).ccode();
    }

    private Resolution resolve(String name, Integer year) {
        Resolution r = byName.computeIfAbsent(name, n -> {
            Resolution found = ctx.countries().resolveName(n);
            // keep the name as this file writes it (the mapping may spell its case differently)
            return new Resolution(found.scheme(), n, found.ccode(), found.kind(), found.reason());
        });
        return SipriNames.inYear(r, name, year);
    }
}
