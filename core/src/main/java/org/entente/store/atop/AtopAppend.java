package org.entente.store.atop;

import java.sql.SQLException;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.entente.source.atop.AtopDates;
import org.entente.source.atop.Obligations;

/** Appends the column groups ATOP tables share, in the order the tables declare them. */
final class AtopAppend {

    private AtopAppend() {}

    static void dates(DuckDBAppender app, AtopDates d) throws SQLException {
        app.append(d.year()).append(d.month()).append(d.day());
    }

    static void obligations(DuckDBAppender app, Obligations o) throws SQLException {
        app.append(o.defense()).append(o.offense()).append(o.neutral()).append(o.nonagg()).append(o.consul());
    }

    static void list(DuckDBAppender app, List<Integer> values) throws SQLException {
        if (values == null) {
            app.appendNull();
        } else {
            app.append(values);
        }
    }
}
