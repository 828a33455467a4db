package org.entente.source.atop;

import java.util.ArrayList;
import java.util.List;

import org.entente.source.DatasetVersion;
import org.entente.source.HeadedCsv;
import org.entente.source.HeadedCsv.Column;

/** Column groups that several ATOP files share. */
final class AtopColumns {

    private AtopColumns() {}

    static Column[] dates(HeadedCsv csv, String year, String month, String day) {
        return new Column[] {csv.column(year), csv.column(month), csv.column(day)};
    }

    static AtopDates read(HeadedCsv csv, Column[] ymd) {
        return new AtopDates(csv.integerOrNull(ymd[0]), csv.integerOrNull(ymd[1]), csv.integerOrNull(ymd[2]));
    }

    /** The non-empty values of a numbered group ({@code mem1..}, {@code atopid1..}), in order. */
    static List<Integer> numbered(HeadedCsv csv, List<Column> columns) {
        List<Integer> out = new ArrayList<>(4);
        for (Column c : columns) {
            Integer v = csv.integerOrNull(c);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static Column version(HeadedCsv csv) {
        return csv.optionalColumn("version").orElse(null);
    }

    static String version(HeadedCsv csv, Column c) {
        return c == null ? null : DatasetVersion.clean(csv.text(c));
    }

    static Column optional(HeadedCsv csv, String name) {
        return csv.optionalColumn(name).orElse(null);
    }

    static Boolean flag(HeadedCsv csv, Column c) {
        return c == null ? null : csv.flagOrNull(c);
    }

    static Integer integer(HeadedCsv csv, Column c) {
        return c == null ? null : csv.integerOrNull(c);
    }
}
