package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second JVM on the test class path, running {@link #main}: what another {@code entente}
 * process does to the store (an import, or a reader holding it open), for tests of locking and of
 * a process killed mid-import.
 */
final class ChildJvm {

    private ChildJvm() {}

    /** {@code import STORE FILE}: imports FILE; {@code read STORE}: opens it read-only, says "open", waits. */
    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[1]);
        if (args[0].equals("import")) {
            try (Store s = Store.open(store)) {
                System.out.println("importing");
                System.out.flush();
                new Importer(s).importFile(Path.of(args[2]), null);
            }
            System.out.println("imported");
        } else {
            try (Store s = Store.openReader(store)) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    static Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ChildJvm.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }
}
