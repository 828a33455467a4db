package org.entente.source.sipri;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * What the two register readers ({@link TradeRegisterReader}, {@link DetailedRegisterReader}) share:
 * a SIPRI CSV whose header names the columns of {@code C}, and the generation date of its preamble.
 */
abstract class RegisterReader<C extends Enum<C> & SipriColumn> implements Closeable {

    final SipriCsv csv;
    final ColumnIndex<C> columns;
    private final Optional<SipriText.Generated> generated;

    RegisterReader(SipriCsv csv, Class<C> columnType, String format) {
        this.csv = csv;
        this.columns = ColumnIndex.of(csv.file(), csv.headerLine(), csv.header(), columnType, format);
        this.generated = SipriText.generated(csv.preambleFirstCells());
        csv.labels(columns::labelAt);
    }

    /** The generation date the preamble states, if it states one. */
    public Optional<SipriText.Generated> generated() {
        return generated;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
