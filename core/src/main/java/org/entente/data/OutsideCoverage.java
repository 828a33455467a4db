package org.entente.data;

/**
 * A request for years no loaded dataset covers (or, where the request needs a dataset, that
 * dataset does not cover): a usage error, not an empty answer. The message names the years the
 * loaded data cover. An {@link IllegalArgumentException}, as the other bad requests are.
 */
public final class OutsideCoverage extends IllegalArgumentException {

    public OutsideCoverage(String message) {
        super(message);
    }
}
