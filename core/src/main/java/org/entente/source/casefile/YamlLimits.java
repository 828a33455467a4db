package org.entente.source.casefile;

import java.nio.file.Path;

import org.entente.source.BadInputException;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Limits on a case file, checked event by event as the YAML parser yields them, before the
 * composer builds (and recurses into) a node. SnakeYAML Engine limits the document's size itself
 * ({@code LoadSettings.setCodePointLimit}, used with {@link #MAX_DOCUMENT_CHARS}) but has no limit on
 * nesting depth or on one scalar's length: without them, 10,000 nested brackets overflow the
 * composer's stack, and a megabyte-long value goes on into the case parser.
 *
 * <p>The limits are far above what a real case needs: the built-in case is 111 KB, nests 6 deep and
 * its longest value is under 1,000 characters.
 */
final class YamlLimits implements Parser {

    /** Characters in the whole file. */
    static final int MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;
    /** Collections inside collections. */
    static final int MAX_DEPTH = 64;
    /** Characters in one value or key. */
    static final int MAX_SCALAR_CHARS = 64 * 1024;

    private final Parser parser;
    private final Path file;
    private int depth;

    YamlLimits(Parser parser, Path file) {
        this.parser = parser;
        this.file = file;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event e = parser.next();
        switch (e.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    throw refused(e, "nested more than " + MAX_DEPTH + " levels deep; a case file needs a few");
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            case Scalar -> {
                int length = ((ScalarEvent) e).getValue().length();
                if (length > MAX_SCALAR_CHARS) {
                    throw refused(e, "a value of " + length + " characters; the limit is " + MAX_SCALAR_CHARS);
                }
            }
            default -> { }
        }
        return e;
    }

    private BadInputException refused(Event e, String problem) {
        long line = e.getStartMark().map(m -> (long) m.getLine() + 1).orElse(0L);
        return new BadInputException(file, line, null, problem);
    }
}
