package org.entente.source.events;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

import org.entente.source.BadInputException;

/**
 * Lines of a tab-separated file without quoting (GDELT and ICEWS raw files), split into fields.
 * Streams: one line in memory at a time. Empty fields, trailing ones included, are kept, so a
 * line's field count is exactly its tabs plus one. The text must be UTF-8.
 */
final class TabSeparatedLines implements Closeable {

    private final Path file;
    private final BufferedReader in;
    private final List<String> fields = new ArrayList<>(64);
    private long line;

    TabSeparatedLines(Path file, InputStream stream) {
        this.file = file;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new BufferedReader(new InputStreamReader(stream, decoder), 1 << 16);
    }

    /** The next line's fields (a view valid until the next call), or null at the end. */
    List<String> next() throws IOException {
        String text;
        try {
            text = in.readLine();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, line + 1, null, "not UTF-8 text (at or just after this line)");
        } catch (EOFException | ZipException e) {
            throw new BadInputException(file, line + 1, null,
                    "the file ends abruptly (a truncated or damaged zip archive?): " + e.getMessage());
        }
        if (text == null) {
            return null;
        }
        line++;
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // byte-order mark
        }
        split(text, fields);
        return fields;
    }

    /** 1-based number of the line last returned. */
    long line() {
        return line;
    }

    static void split(String text, List<String> into) {
        into.clear();
        int start = 0;
        int tab;
        while ((tab = text.indexOf('\t', start)) >= 0) {
            into.add(text.substring(start, tab));
            start = tab + 1;
        }
        into.add(text.substring(start));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
