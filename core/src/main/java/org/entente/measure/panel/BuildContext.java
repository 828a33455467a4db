package org.entente.measure.panel;

import org.entente.data.Coverage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.data.DatasetInfo;

/**
 * One panel build: the connection, the request, the years it spans, and what each preparation
 * step chose (datasets, coverage, notes) for the data dictionary. Steps put their results in
 * temporary tables named {@code p_*} and run once per build.
 */
final class BuildContext {

    interface Step {
        void run() throws SQLException;
    }

    final Connection connection;
    final PanelRequest request;
    final boolean progress;
    /** Years of the panel, set by {@link MemberYears}. */
    int first;
    int last;
    /** Where TIV flows came from, set by {@link ArmsFlows}. */
    ArmsSource armsSource;

    private final Set<String> done = new HashSet<>();
    private final Map<Source, List<DatasetInfo>> used = new EnumMap<>(Source.class);
    private final Map<Source, Coverage> coverage = new EnumMap<>(Source.class);
    private final Map<Source, String> notes = new EnumMap<>(Source.class);
    private final Map<String, Long> timings = new LinkedHashMap<>();

    BuildContext(Connection connection, PanelRequest request, boolean progress) {
        this.connection = connection;
        this.request = request;
        this.progress = progress;
    }

    /** Runs {@code step} the first time {@code key} is asked for in this build. */
    void once(String key, Step step) throws SQLException {
        if (done.add(key)) {
            long t0 = System.nanoTime();
            step.run();
            timings.put(key, System.nanoTime() - t0);
        }
    }

    boolean prepared(String key) {
        return done.contains(key);
    }

    void use(Source source, DatasetInfo dataset) {
        used.computeIfAbsent(source, s -> new ArrayList<>()).add(dataset);
    }

    void coverage(Source source, Coverage c) {
        coverage.put(source, c);
    }

    /** Coverage of a prepared source; null if it has no rows in the panel's years. */
    Coverage coverage(Source source) {
        return coverage.get(source);
    }

    void note(Source source, String note) {
        notes.put(source, note);
    }

    Map<Source, List<DatasetInfo>> used() {
        return used;
    }

    Map<Source, Coverage> coverages() {
        return coverage;
    }

    Map<Source, String> notes() {
        return notes;
    }

    /** Nanoseconds each step took, for the benchmark. */
    Map<String, Long> timings() {
        return timings;
    }

    void run(String resource, Map<String, ?> values) throws SQLException {
        SqlTemplate.run(connection, resource, values);
    }

    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** The two integers of a one-row query such as {@code SELECT min(year), max(year)}; null if NULL. */
    Coverage range(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            int a = rs.getInt(1);
            if (rs.wasNull()) {
                return null;
            }
            int b = rs.getInt(2);
            return rs.wasNull() ? null : new Coverage(a, b);
        }
    }
}
