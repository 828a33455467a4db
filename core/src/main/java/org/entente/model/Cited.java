package org.entente.model;

import java.util.List;

/** A fact that names where it came from: ids of {@link Source}s in the same case. */
public interface Cited {
    List<String> sources();
}
