package org.entente.store.atop;

import java.util.List;

import org.entente.store.DatasetLoader;
import org.entente.store.LoaderSet;

/** The ATOP formats. */
public final class AtopLoaders implements LoaderSet {

    @Override
    public List<DatasetLoader> loaders() {
        return List.of(AtopAllianceLoader.alliances(), AtopAllianceLoader.phases(), new AtopMemberLoader(),
                new AtopStateYearLoader(), new AtopDyadYearLoader(), new AtopInstitutionLoader());
    }

    @Override
    public int order() {
        return 20;
    }
}
