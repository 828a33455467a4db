package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Set;

import org.entente.source.FileHead;
import org.entente.source.HeadedCsv;

/**
 * A loader for a CSV file whose first line names its columns. Recognition looks at the column
 * names only, and asks for the few that mark the layout rather than all of them, so that a file
 * with one column renamed is still recognised and then fails with an error naming that column.
 */
public abstract class HeadedCsvLoader implements DatasetLoader {

    @Override
    public final boolean recognises(FileHead head) {
        Set<String> columns = HeadedCsv.headerOf(head);
        return !columns.isEmpty() && recognisesColumns(columns);
    }

    /** True if a header with these (normalised) column names is this kind's. */
    protected abstract boolean recognisesColumns(Set<String> columns);

    @Override
    public final long load(LoadContext context) throws IOException, SQLException {
        InputStream in = context.openStream();
        try (HeadedCsv csv = HeadedCsv.open(context.file(), in, HeadedCsv.charsetOf(context.head()))) {
            return load(context, csv);
        }
    }

    /** Reads every row of {@code csv} and appends it; returns the number of rows loaded. */
    protected abstract long load(LoadContext context, HeadedCsv csv) throws IOException, SQLException;

    /** True if {@code columns} has every one of {@code names}. */
    protected static boolean hasAll(Set<String> columns, String... names) {
        for (String n : names) {
            if (!columns.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** How many of {@code names} {@code columns} has. */
    protected static int countOf(Set<String> columns, Iterable<String> names) {
        int n = 0;
        for (String name : names) {
            if (columns.contains(name)) {
                n++;
            }
        }
        return n;
    }
}
