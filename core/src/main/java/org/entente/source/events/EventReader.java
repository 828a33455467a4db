package org.entente.source.events;

import java.io.Closeable;
import java.io.IOException;

/** Streams the events of one file, one at a time, in file order. */
public interface EventReader extends Closeable {

    /** The next event, or null at the end of the file. */
    EventRecord next() throws IOException;

    /** {@code gdelt1}, {@code gdelt2}, {@code gdelt-reduced} or {@code icews}; known after the first event. */
    String origin();

    /** The layout in words, e.g. "GDELT 1.0 export, 58 tab-separated columns". */
    String layout();

    /** Data lines read so far. */
    long dataLines();
}
