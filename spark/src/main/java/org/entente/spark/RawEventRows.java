package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.source.rawevents.RawEvent;
import org.entente.source.rawevents.RawEventFiles;
import org.entente.source.rawevents.RawEventReader;

import scala.Tuple2;

/**
 * Turns one input file (a Spark task) into rows of the {@code parsed} view, lazily, with the same
 * Java reader and rules that find sample lines for the DuckDB engine.
 */
final class RawEventRows implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

    /** The columns of {@link org.entente.measure.events.DyadPeriodSql#PARSED_COLUMNS}, typed. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("origin", DataTypes.StringType, true),
        DataTypes.createStructField("scheme", DataTypes.StringType, true),
        DataTypes.createStructField("id", DataTypes.LongType, true),
        DataTypes.createStructField("bad_file", DataTypes.StringType, true),
        DataTypes.createStructField("bad_line", DataTypes.LongType, true),
        DataTypes.createStructField("bad_problem", DataTypes.StringType, true),
        DataTypes.createStructField("bad_text", DataTypes.StringType, true),
        DataTypes.createStructField("year", DataTypes.IntegerType, true),
        DataTypes.createStructField("month", DataTypes.IntegerType, true),
        DataTypes.createStructField("is_root", DataTypes.BooleanType, true),
        DataTypes.createStructField("quad", DataTypes.IntegerType, true),
        DataTypes.createStructField("g_milli", DataTypes.LongType, true),
        DataTypes.createStructField("mentions", DataTypes.LongType, true),
        DataTypes.createStructField("tone_micro", DataTypes.LongType, true),
        DataTypes.createStructField("src_code", DataTypes.StringType, true),
        DataTypes.createStructField("tgt_code", DataTypes.StringType, true),
    });

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws Exception {
        RawEventFiles.Items items = RawEventFiles.items(label(file._1()), file._2().open());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = items.hasNext();
                if (!more) {
                    try {
                        items.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return more;
            }

            @Override
            public Row next() {
                return row(items.next());
            }
        };
    }

    static Row row(RawEventReader.Item item) {
        if (item.malformed()) {
            return RowFactory.create(null, null, null, item.file(), item.line(), item.problem(), item.text(),
                    null, null, null, null, null, null, null, null, null);
        }
        RawEvent e = item.event();
        return RowFactory.create(e.origin(), e.scheme(), e.id(), null, null, null, null, e.year(), e.month(),
                e.isRoot(), e.quadClass(), e.goldsteinMilli(), e.mentions(), e.toneMicro(), e.sourceCountry(),
                e.targetCountry());
    }

    /** A local file as the DuckDB engine names it ({@code /data/x.zip}); other file systems keep their URI. */
    static String label(String path) {
        if (path.startsWith("file:")) {
            return URI.create(path.replace(" ", "%20")).getPath();
        }
        return path;
    }
}
