package org.entente.measure.events;

/**
 * Turns raw event files into directed dyad-period series. Two implementations: {@link DuckDbAggregation}
 * (one machine, the default) and {@link SparkAggregationLauncher} (runs the Spark job from the
 * {@code spark} module in its own JVM, locally or against a cluster).
 */
public interface AggregationEngine {

    /**
     * Writes {@code out/dyad-periods/} and {@code out/summary.json} and returns the summary.
     *
     * @throws org.entente.source.BadInputException for an unreadable file, or for malformed lines
     *         under {@code --strict} (then nothing is written)
     */
    AggregateSummary aggregate(AggregateRequest request) throws Exception;
}
