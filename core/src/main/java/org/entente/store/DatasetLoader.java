package org.entente.store;

import java.io.IOException;
import java.sql.SQLException;

import org.entente.source.FileHead;

/**
 * Loads one kind of dataset file into the store: a reader from {@code org.entente.source}
 * parses it, the loader appends what it yields to the tables this kind owns.
 *
 * <p>The {@link Importer} wraps every call in one transaction and records provenance, so a
 * loader only parses and appends; it throws {@link org.entente.source.BadInputException} on
 * anything malformed and never commits.
 */
public interface DatasetLoader {

    /** Short stable name, e.g. {@code sipri-register}; what users pass as KIND. */
    String kind();

    /** One line for the list of kinds shown when a format is not recognised. */
    String description();

    /** True if the head of the file has this kind's layout (header, preamble, column count). */
    boolean recognises(FileHead head);

    /** Parses the file and appends its rows; returns the number of data rows loaded. */
    long load(LoadContext context) throws IOException, SQLException;
}
