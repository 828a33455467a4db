package org.entente.cli;

import java.util.Arrays;

import picocli.CommandLine;

/** Entry point of the {@code entente} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (opensTheStore(args)) {
            loadDuckDbInBackground();
        }
        int code;
        try {
            code = run(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // FailureHandler sees exceptions only; an Error would otherwise print a trace of hundreds of lines
            if (System.getenv("ENTENTE_DEBUG") != null) {
                e.printStackTrace();
            }
            System.err.println("entente: the input was too large or too deeply nested to process (" + e
                    + "); set ENTENTE_DEBUG=1 for the stack trace");
            code = 1;
        }
        System.exit(code);
    }

    private static boolean opensTheStore(String[] args) {
        return args.length > 0 && Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help")
                || a.equals("-V") || a.equals("--version") || a.equals("help"));
    }

    /**
     * Loads DuckDB's native library on a daemon thread while picocli builds its command model.
     * The JDBC driver unpacks its 60 MB library from the jar on every start (about 0.35 s here)
     * and picocli's reflection takes about 0.3 s; side by side on two cores they cost the longer of
     * the two, not the sum. A failure is not reported here: opening the store reports it.
     */
    private static void loadDuckDbInBackground() {
        Thread loader = new Thread(() -> {
            try {
                Class.forName("org.duckdb.DuckDBNative", true, Main.class.getClassLoader());
            } catch (ReflectiveOperationException | LinkageError e) {
                // left to Store.open, which names the store it could not open
            }
        }, "duckdb-native-loader");
        loader.setDaemon(true);
        loader.start();
    }

    static final int USAGE_WIDTH = 140;

    /** Runs the CLI and returns its exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EntenteCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // wide enough that no option description breaks a path and no example wraps: users paste them
        cl.setUsageHelpWidth(USAGE_WIDTH);
        return cl;
    }
}
