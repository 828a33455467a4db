package org.entente.store;

import java.util.List;

/**
 * The loaders one publisher's package contributes. Each package registers its set in
 * {@code META-INF/services/org.entente.store.LoaderSet}, so the {@link Importer} finds every
 * format without naming the packages; {@link #order()} keeps the order in which formats are tried
 * when a file is recognised by its head (lower first).
 */
public interface LoaderSet {

    List<DatasetLoader> loaders();

    int order();
}
