package org.entente.store.sipri;

import java.sql.SQLException;
import java.util.Optional;

import org.duckdb.DuckDBAppender;
import org.entente.source.sipri.ArmsDeal;
import org.entente.source.sipri.SipriText;
import org.entente.store.LoadContext;

/** What the three SIPRI loaders share: provenance, appending a deal, appending nullable values. */
final class SipriAppends {

    private SipriAppends() {}

    /** Sets the dataset's generation date (ISO) and SIPRI's citation with the date as stated. */
    static void describe(LoadContext ctx, Optional<SipriText.Generated> generated) {
        ctx.generated(generated.map(SipriText.Generated::iso).orElse(null));
        ctx.citation(SipriText.citation(generated));
    }

    /**
     * One row of {@code arms_deal}, in the table's column order. {@code tally}: count the names
     * towards {@code unresolved_name} (false when the file's lines were already counted).
     */
    static void appendDeal(DuckDBAppender a, LoadContext ctx, CountryCodes codes, ArmsDeal d, boolean tally) throws SQLException {
        a.beginRow();
        a.append(ctx.datasetId());
        a.append(Math.toIntExact(d.line()));
        append(a, d.sipriId());
        a.append(d.supplier());
        append(a, tally ? codes.ccode("supplier", d.supplier(), d.orderYear())
                : codes.ccodeUntallied(d.supplier(), d.orderYear()));
        a.append(d.recipient());
        append(a, tally ? codes.ccode("recipient", d.recipient(), d.orderYear())
                : codes.ccodeUntallied(d.recipient(), d.orderYear()));
        append(a, d.orderYear());
        append(a, d.orderYearEstimate());
        append(a, d.numberOrdered());
        append(a, d.numberOrderedEstimate());
        append(a, d.designation());
        append(a, d.description());
        append(a, d.category());
        append(a, d.numberDelivered());
        append(a, d.numberDeliveredEstimate());
        if (d.deliveryYears() == null) {
            a.appendNull();
        } else {
            a.append(d.deliveryYears());
        }
        append(a, d.status());
        append(a, d.comments());
        append(a, d.tivUnitEstimate());
        append(a, d.tivUnit());
        append(a, d.tivTotalOrder());
        append(a, d.tivDelivered());
        append(a, d.localProduction());
        a.endRow();
    }

    static void append(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
    }

    static void append(DuckDBAppender a, Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
    }

    static void append(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }

    static void append(DuckDBAppender a, Boolean v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.booleanValue());
        }
    }

    static void append(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }
}
