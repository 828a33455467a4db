package org.entente.source.rawevents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.entente.source.BadInputException;

/** Finding raw event files on the local disk and opening them, zipped or not. */
public final class RawEventFiles {

    private RawEventFiles() {}

    /** One readable file: a plain file, or one entry of a zip archive. */
    public interface Entry {
        /** The path, or {@code archive.zip!entry} for an entry of an archive. */
        String label();

        /** Called at most once per entry. */
        InputStream open() throws IOException;
    }

    /**
     * Expands file names and glob patterns ({@code data/*.zip}, {@code data/**}{@code /2019*.CSV}) into
     * sorted absolute paths. A pattern that matches nothing, or a file that does not exist, is an error:
     * a typo should not silently leave a month out.
     */
    public static List<Path> expand(List<String> args) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (String arg : args) {
            if (!hasGlob(arg)) {
                Path p = Path.of(arg).toAbsolutePath().normalize();
                if (!Files.isRegularFile(p)) {
                    throw new BadInputException(p, 0, null, "no such file");
                }
                out.add(p);
                continue;
            }
            int cut = firstGlob(arg);
            int slash = arg.lastIndexOf('/', cut);
            Path base = (slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : arg.substring(0, slash)))
                    .toAbsolutePath().normalize();
            String pattern = base + "/" + arg.substring(slash + 1);
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            boolean deep = arg.substring(slash + 1).contains("/");
            if (Files.isDirectory(base)) {
                try (Stream<Path> s = deep ? Files.walk(base) : Files.list(base)) {
                    s.filter(Files::isRegularFile).filter(m::matches).forEach(out::add);
                }
            }
            if (out.stream().noneMatch(m::matches)) {
                throw new BadInputException(Path.of(arg), 0, null, "no file matches this pattern");
            }
        }
        return new ArrayList<>(out);
    }

    static boolean hasGlob(String s) {
        return firstGlob(s) < s.length();
    }

    private static int firstGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }

    /** True if the stream starts as a zip archive does; the stream must support mark/reset. */
    public static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Calls {@code action} for the file itself, or for every file entry of a zip archive in turn,
     * each as a stream that is open only for the duration of the call.
     */
    public static void forEachEntry(String label, InputStream raw, EntryAction action) throws IOException {
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            if (!isZip(in)) {
                action.accept(label, in);
                return;
            }
            ZipInputStream zin = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    action.accept(label + "!" + e.getName(), new NonClosing(zin));
                }
            }
        }
    }

    /**
     * Every line of a file, or of every entry of a zip archive in turn, as events and malformed lines;
     * lazy, so it can feed a Spark task or stop at the first malformed line.
     */
    public static Items items(String label, InputStream raw) throws IOException {
        return new Items(label, raw);
    }

    /** The lines of one file as an iterator that must be closed. */
    public static final class Items implements java.util.Iterator<RawEventReader.Item>, AutoCloseable {
        private final String label;
        private final InputStream in;
        private final ZipInputStream zip;
        private RawEventReader current;
        private boolean done;

        Items(String label, InputStream raw) throws IOException {
            this.label = label;
            this.in = new BufferedInputStream(raw, 1 << 16);
            if (isZip(in)) {
                zip = new ZipInputStream(in);
            } else {
                zip = null;
                current = new RawEventReader(label, in);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (true) {
                    if (current != null && current.hasNext()) {
                        return true;
                    }
                    if (zip == null || done) {
                        return false;
                    }
                    ZipEntry e = zip.getNextEntry();
                    while (e != null && e.isDirectory()) {
                        e = zip.getNextEntry();
                    }
                    if (e == null) {
                        done = true;
                        return false;
                    }
                    current = new RawEventReader(label + "!" + e.getName(), new NonClosing(zip));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(label + ": " + e.getMessage(), e);
            }
        }

        @Override
        public RawEventReader.Item next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    @FunctionalInterface
    public interface EntryAction {
        void accept(String label, InputStream in) throws IOException;
    }

    /** Lets a reader close its stream without closing the zip archive under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
