package org.entente.source;

/**
 * Reads the rows of one {@link HeadedCsv} as records of one type. A subclass resolves its
 * columns in its constructor (so a missing column fails before any row is read) and parses one
 * row in {@link #parse()}.
 */
public abstract class RowReader<T> {

    protected final HeadedCsv csv;

    protected RowReader(HeadedCsv csv) {
        this.csv = csv;
    }

    /** The next row, or null at the end of the file. */
    public final T read() {
        return csv.next() ? parse() : null;
    }

    /** The line the last row read started on. */
    public final long line() {
        return csv.line();
    }

    /** Parses the current row of {@link #csv}. */
    protected abstract T parse();
}
