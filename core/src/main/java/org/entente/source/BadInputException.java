package org.entente.source;

import java.nio.file.Path;

/**
 * A file that is not what its reader expects. The message always names the file, the line
 * (1-based, as an editor shows it), the field and what was expected, so a user can open the
 * file and fix it.
 */
public final class BadInputException extends RuntimeException {

    private final Path file;
    private final long line;
    private final String field;

    public BadInputException(Path file, long line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public BadInputException(Path file, long line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(Path file, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(": field '").append(field).append('\'');
        }
        sb.append(": ").append(problem);
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is with the file as a whole. */
    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
