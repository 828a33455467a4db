package org.entente.measure.panel;

/** A requested measure needs a dataset that is not loaded; the message says which file to import. */
public final class MissingDataException extends RuntimeException {
    public MissingDataException(String message) {
        super(message);
    }
}
