package org.entente.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.entente.measure.events.AggregateRequest;
import org.entente.measure.events.AggregateSummary;
import org.entente.measure.events.AggregationEngine;
import org.entente.measure.events.CountryTable;
import org.entente.measure.events.DyadPeriodSql;
import org.entente.source.BadInputException;
import org.entente.source.CountryResolver;

/**
 * The aggregation as a Spark job. Each input file is one task: its lines are read and checked in
 * Java ({@link RawEventRows}), then Spark SQL runs the same classification and sums as the DuckDB
 * engine ({@link DyadPeriodSql}, one text for both). The per-cell table is small, so it is cached
 * once and both the series and the summary are read from it without reading the input twice.
 */
public final class SparkAggregation implements AggregationEngine {

    private final SparkSession spark;

    public SparkAggregation(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public AggregateSummary aggregate(AggregateRequest r) throws Exception {
        try {
            return run(r);
        } catch (Exception e) {
            // Spark rethrows executor failures as SparkException, which Java does not see declared
            throw e instanceof SparkException se ? unwrap(se) : e;
        }
    }

    private AggregateSummary run(AggregateRequest r) throws IOException {
        CountryResolver resolver = r.countryFiles().isEmpty() ? CountryResolver.shared()
                : CountryResolver.withExtraFiles(r.countryFiles());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // several tasks per core, so that files of unequal size still keep every core busy
        int partitions = Math.max(2, jsc.defaultParallelism() * 4);
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", r.inputs()), partitions).flatMap(new RawEventRows());
        spark.createDataFrame(rows, RawEventRows.SCHEMA).createOrReplaceTempView("parsed");
        countries(CountryTable.of(resolver)).createOrReplaceTempView("countries");
        spark.sql(DyadPeriodSql.dedup()).createOrReplaceTempView("deduped");
        Dataset<Row> cells = spark.sql(DyadPeriodSql.cells(r)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            cells.createOrReplaceTempView("cells");
            AggregateSummary summary = AggregateSummary.collect("spark", r, this::rows);
            if (r.strict() && summary.malformed() > 0) {
                throw summary.strictFailure();
            }
            write(r, summary);
            return summary;
        } finally {
            cells.unpersist();
        }
    }

    private Dataset<Row> countries(CountryTable table) {
        StructType schema = new StructType()
                .add("scheme", DataTypes.StringType)
                .add("name_key", DataTypes.StringType)
                .add("ccode", DataTypes.IntegerType)
                .add("kind", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (CountryTable.Row c : table.rows()) {
            rows.add(RowFactory.create(c.scheme(), c.nameKey(), c.ccode(), c.kind()));
        }
        return spark.createDataFrame(rows, schema);
    }

    private List<List<Object>> rows(String sql) {
        List<List<Object>> out = new ArrayList<>();
        for (Row row : spark.sql(sql).collectAsList()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                values.add(row.get(i));
            }
            out.add(values);
        }
        return out;
    }

    private void write(AggregateRequest r, AggregateSummary summary) throws IOException {
        String[] order = DyadPeriodSql.SERIES_ORDER.split(",\\s*");
        Dataset<Row> series = spark.sql(DyadPeriodSql.series()).repartition(1)
                .sortWithinPartitions(order[0], java.util.Arrays.copyOfRange(order, 1, order.length));
        String dir = r.out() + "/" + AggregateRequest.SERIES_DIR;
        if (r.format() == AggregateRequest.OutputFormat.CSV) {
            series.write().mode(SaveMode.Overwrite).option("header", true).csv(dir);
        } else {
            series.write().mode(SaveMode.Overwrite).parquet(dir);
        }
        Path summaryPath = new Path(r.out(), AggregateRequest.SUMMARY_FILE);
        FileSystem fs = summaryPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if ("file".equals(fs.getScheme())) {
            // plain local file, without Hadoop's .crc beside it
            try (OutputStream os = Files.newOutputStream(java.nio.file.Path.of(fs.makeQualified(summaryPath).toUri()))) {
                summary.writeJson(os);
            }
        } else {
            try (OutputStream os = fs.create(summaryPath, true)) {
                summary.writeJson(os);
            }
        }
    }

    /** A malformed file found on an executor reaches the driver wrapped; say what the reader said. */
    static Exception unwrap(SparkException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException b) {
                return b;
            }
        }
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf(BadInputException.class.getName() + ": ");
        if (at >= 0) {
            String rest = m.substring(at + BadInputException.class.getName().length() + 2);
            int nl = rest.indexOf('\n');
            return new IllegalStateException(nl < 0 ? rest : rest.substring(0, nl), e);
        }
        return e;
    }
}
