package org.entente.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes report files into the directory the user named, and only there. File names come from
 * case ids, which a case file sets, so they are reduced to {@code [a-z0-9._-]}; a name that still
 * resolves outside the directory is refused; and each file is written to a temporary file in the
 * directory and moved into place, so a symbolic link already standing at the target is replaced,
 * not followed.
 */
public final class ReportFiles {

    private static final int MAX_NAME = 80;

    private final Path dir;

    public ReportFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.dir = dir.toRealPath();
    }

    public Path directory() {
        return dir;
    }

    /** Temporary files are private (0600); a report is an ordinary file (0644) once written. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** A file name stem from an id: lower case, only letters, digits, '.', '_' and '-', no leading dot. */
    public static String stem(String id) {
        String s = id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        s = s.replaceAll("^[.-]+", "").replaceAll("\\.{2,}", ".");
        if (s.length() > MAX_NAME) {
            s = s.substring(0, MAX_NAME);
        }
        return s.isEmpty() ? "report" : s;
    }

    /** Writes {@code bytes} as {@code stem(id) + extension} in the directory and returns the path. */
    public Path write(String id, String extension, byte[] bytes) throws IOException {
        Path target = dir.resolve(stem(id) + extension).normalize();
        if (!dir.equals(target.getParent())) {
            throw new IOException("refusing to write " + target + ": outside " + dir);
        }
        Path tmp = Files.createTempFile(dir, ".entente-", ".part");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
