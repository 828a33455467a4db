package org.entente.source.casefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.entente.source.BadInputException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The problems found while reading a case file. The reader keeps going after a problem so that it
 * can report the one nearest the top of the file, which is the one a user fixes first.
 */
final class Problems {

    private record Problem(long line, int order, String field, String message) {}

    private final Path file;
    private final List<Problem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void add(Node at, String field, String message) {
        add(line(at), field, message);
    }

    void add(long line, String field, String message) {
        found.add(new Problem(line, found.size(), field, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Throws the problem nearest the top of the file (the first found, among those on one line). */
    void throwFirst() {
        found.stream()
                .min(Comparator.comparingLong(Problem::line).thenComparingInt(Problem::order))
                .ifPresent(p -> {
                    throw new BadInputException(file, p.line(), p.field(), p.message());
                });
    }

    /** The 1-based line where {@code node} starts, 0 if the parser gave none. */
    static long line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> (long) m.getLine() + 1).orElse(0L);
    }
}
