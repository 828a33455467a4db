package org.entente.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's error text, made to say what happened. Its JDBC driver wraps a failed query's real
 * error in "Attempting to execute an unsuccessful or closed pending query result", and a lock held
 * by another process in a message about file locks that does not say what to do.
 */
public final class StoreErrors {

    private static final String PENDING = "Attempting to execute an unsuccessful or closed pending query result";
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

    private StoreErrors() {}

    /** The error DuckDB actually reported, without the JDBC driver's wrapper; trailing blank lines dropped. */
    public static String text(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf(PENDING);
        if (at >= 0) {
            String rest = m.substring(at + PENDING.length()).stripLeading();
            m = rest.startsWith("Error: ") ? rest.substring("Error: ".length()) : rest;
        }
        return m.strip();
    }

    /** True if {@code e} says another process holds the store's file lock. */
    public static boolean isLockConflict(SQLException e) {
        return String.valueOf(e.getMessage()).contains("Could not set lock");
    }

    /** What failing to open the store means, and what to do about it. */
    static SQLException opening(Path path, boolean readOnly, SQLException e) {
        if (!isLockConflict(e)) {
            return e;
        }
        Matcher holder = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
        String who = holder.find() ? "another process (PID " + holder.group(2) + ")" : "another process";
        String problem = readOnly
                ? "the store " + path + " is being written by " + who
                        + " (an import); run this again when that has finished"
                : "the store " + path + " is open in " + who
                        + " (e.g. 'entente serve', 'sql' or another import), and changing it needs the store to itself;"
                        + " stop that process or let it finish, then run this again";
        return new SQLException(problem, e.getSQLState(), e);
    }
}
