package org.entente.measure.events;

import java.util.List;

/** Runs a query on an engine and returns its rows as plain Java values (Long, String, ...). */
@FunctionalInterface
public interface SqlRunner {
    List<List<Object>> rows(String sql);
}
