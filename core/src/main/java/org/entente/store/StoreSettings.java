package org.entente.store;

/**
 * DuckDB resource limits. Defaults suit the 2-core, 24 GiB machines the project is tested on and
 * can be overridden with {@code ENTENTE_MEMORY_LIMIT} and {@code ENTENTE_THREADS}.
 */
public record StoreSettings(String memoryLimit, int threads, boolean readOnly) {

    public static StoreSettings defaults() {
        String memory = System.getenv().getOrDefault("ENTENTE_MEMORY_LIMIT", "4GB");
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Integer.parseInt(System.getenv().getOrDefault("ENTENTE_THREADS", Integer.toString(cores)));
        return new StoreSettings(memory, threads, false);
    }

    public StoreSettings asReadOnly() {
        return new StoreSettings(memoryLimit, threads, true);
    }
}
