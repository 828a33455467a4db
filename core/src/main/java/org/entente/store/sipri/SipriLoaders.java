package org.entente.store.sipri;

import java.util.List;

import org.entente.store.DatasetLoader;
import org.entente.store.LoaderSet;

/** The SIPRI Arms Transfers Database exports. */
public final class SipriLoaders implements LoaderSet {

    @Override
    public List<DatasetLoader> loaders() {
        return List.of(new SipriRegisterLoader(), new SipriDetailedLoader(), new SipriTivLoader());
    }

    @Override
    public int order() {
        return 40;
    }
}
