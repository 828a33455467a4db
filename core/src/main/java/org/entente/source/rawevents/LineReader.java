package org.entente.source.rawevents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of bytes, ends them at {@code \n} (dropping a {@code \r} before it) and decodes them
 * as UTF-8, replacing invalid bytes. It counts physical lines, so an error names the line an editor
 * shows, and it never holds more than one line.
 */
final class LineReader implements AutoCloseable {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private byte[] line = new byte[1024];
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end. */
    String next() throws IOException {
        int n = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (n + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, n + chunk));
            }
            System.arraycopy(buf, start, line, n, chunk);
            n += chunk;
            if (pos < len) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        int from = 0;
        if (number == 1 && n >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
            from = 3; // a UTF-8 byte order mark
        }
        return new String(line, from, n - from, StandardCharsets.UTF_8);
    }

    /** The 1-based number of the line {@link #next} returned last. */
    long number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
