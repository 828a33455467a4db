package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.data.Catalogue;
import org.entente.data.Rows;
import org.entente.data.StoreData;
import org.entente.store.ImportOutcome;
import org.entente.store.Store;
import org.entente.store.pack.BundledData;
import org.entente.store.pack.DataPack;
import org.entente.store.pack.DataPack.Release;
import org.entente.store.pack.ReleaseManifest;
import org.entente.store.pack.ReleaseUpdate;
import org.entente.store.pack.ReleaseUpdate.Fetch;
import org.entente.store.pack.ReleaseUpdate.Status;
import org.entente.store.pack.StoredReleases;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"The releases in the store: the bundled data pack and what was imported or fetched.",
            "The pack (COW, ATOP, SIPRI, CAMEO) is loaded into a store the first time a command opens it."},
        subcommands = {DataCommand.ListReleases.class, DataCommand.Verify.class, DataCommand.Update.class,
            DataCommand.Where.class},
        footer = {"", "Examples:", "  ./entente data list", "  ./entente data verify", "  ./entente data where",
            "  ./entente data update --dry-run"})
final class DataCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every release in the store, bundled or imported, with its version, date, years and citation.")
    static final class ListReleases implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOption store;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ResultPrinter.Format format;

        @Option(names = "--tiv-tables", description = "One row per SIPRI TIV table (there are 134), instead of one for them all.")
        boolean eachTivTable;

        @Override
        public Integer call() throws Exception {
            List<Catalogue.LoadedDataset> datasets;
            Map<Integer, Release> bundled;
            try (Store s = store.openReadOnly()) {
                datasets = new StoreData(s).catalogue().all();
                bundled = StoredReleases.bundledByDataset(s.connection(), DataPack.bundled());
            }
            List<List<Object>> rows = new ArrayList<>();
            Map<String, List<Catalogue.LoadedDataset>> tivGroups = new LinkedHashMap<>();
            for (Catalogue.LoadedDataset d : datasets) {
                String origin = bundled.containsKey(d.id()) ? "bundled" : "imported";
                if (!eachTivTable && d.kind().equals("sipri-tiv")) {
                    tivGroups.computeIfAbsent(origin + "|" + d.generated(), k -> new ArrayList<>()).add(d);
                    continue;
                }
                rows.add(row(String.valueOf(d.id()), origin, d.fileName(), d.rows() == null ? 0 : d.rows(), d, years(List.of(d))));
            }
            for (List<Catalogue.LoadedDataset> g : tivGroups.values()) {
                Catalogue.LoadedDataset first = g.get(0);
                rows.add(row(first.id() + "–" + g.get(g.size() - 1).id(), bundled.containsKey(first.id()) ? "bundled" : "imported",
                        g.size() + " TIV export tables (" + first.fileName() + " ...)",
                        g.stream().mapToLong(d -> d.rows() == null ? 0 : d.rows()).sum(), first, years(g)));
            }
            ResultPrinter.print(Rows.of(List.of("id", "origin", "kind", "file", "rows", "version", "generated", "years",
                    "citation"), rows), format, spec.commandLine().getOut());
            return 0;
        }

        /** The years the datasets' rows cover, as the catalogue reads them (empty for code lists). */
        private static String years(List<Catalogue.LoadedDataset> ds) {
            int lo = ds.stream().filter(d -> d.firstYear() != null).mapToInt(Catalogue.LoadedDataset::firstYear).min().orElse(0);
            int hi = ds.stream().filter(d -> d.lastYear() != null).mapToInt(Catalogue.LoadedDataset::lastYear).max().orElse(0);
            return lo == 0 ? "" : lo + "–" + hi;
        }

        private static List<Object> row(String id, String origin, String file, long rows, Catalogue.LoadedDataset d, String years) {
            return Arrays.asList(id, origin, d.kind(), file, rows, d.version(), d.generated(), years, d.citation());
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks the bundled pack against its manifest's SHA-256 checksums, and that the store",
                "holds every bundled release as that checksum. Exit 1 if anything differs."})
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOption store;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            DataPack pack = DataPack.bundled();
            int bad = 0;
            for (Release r : pack.releases()) {
                String sha = BundledData.unpackedSha256(r);
                if (!sha.equals(r.sha256())) {
                    out.printf("DAMAGED  %s: SHA-256 %s, the manifest says %s%n", r.file(), sha, r.sha256());
                    bad++;
                }
            }
            out.printf("pack %s: %d of %d files match their SHA-256%n", pack.version(), pack.releases().size() - bad,
                    pack.releases().size());
            long imported;
            long inStore;
            try (Store s = store.openReadOnly()) {
                Map<Integer, Release> bundled = StoredReleases.bundledByDataset(s.connection(), pack);
                List<Catalogue.LoadedDataset> all = new StoreData(s).catalogue().all();
                // a bundled release is present when the pack recorded it and its dataset row is there (the row's
                // own checksum is of the normalised text, so it may differ from the file's)
                inStore = all.stream().filter(d -> bundled.containsKey(d.id())).count();
                imported = all.size() - inStore;
            }
            out.printf("store %s: %d of %d bundled releases present; %d imported datasets%n",
                    store.path(), inStore, pack.releases().size(), imported);
            if (inStore < pack.releases().size()) {
                bad++;
            }
            out.println(bad == 0 ? "verified" : "NOT verified");
            out.flush();
            return bad == 0 ? 0 : 1;
        }
    }

    @Command(name = "where", mixinStandardHelpOptions = true,
            description = "Where each publisher offers its data, and its terms of use; and where 'data update' looks.")
    static final class Where implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, List<Release>> byTitle = new LinkedHashMap<>();
            for (Release r : DataPack.bundled().releases()) {
                byTitle.computeIfAbsent(r.title() + "|" + r.page(), k -> new ArrayList<>()).add(r);
            }
            for (List<Release> g : byTitle.values()) {
                Release r = g.get(0);
                String release = r.version() != null && r.version().matches("[0-9].*") ? "v" + r.version() : r.generated();
                out.printf("%s%s%s%n  page:  %s%n  terms: %s%n", r.title(), release == null ? "" : " (" + release + ")",
                        g.size() > 1 ? ", " + g.size() + " files" : "", r.page(), r.terms());
            }
            Path user = ReleaseManifest.userPath(System.getenv());
            out.printf("%n'entente data update' fetches the releases listed in %s%n", Files.exists(user) ? user
                    : "the built-in manifest (write an editable copy to " + user + " with 'entente data update --write-manifest')");
            out.flush();
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Fetches newer releases from their publishers, as a manifest lists them (URL, zip entry,",
                "SHA-256, size), and imports them. Everything is downloaded and checked before anything is imported:",
                "a failed or damaged download leaves the store as it was. The only command that uses the network."},
            footer = {"", "Examples:", "  ./entente data update --dry-run", "  ./entente data update --write-manifest",
                "  ./entente data update --manifest my-releases.json"})
    static final class Update implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOption store;

        @Option(names = "--manifest", paramLabel = "FILE",
                description = "The release manifest (default: ~/.config/entente/releases.json if it exists, else the built-in one).")
        Path manifest;

        @Option(names = "--dry-run", description = "Say what would be fetched, and fetch nothing.")
        boolean dryRun;

        @Option(names = "--allow-unpinned", description = "Also fetch releases whose manifest entry gives no SHA-256.")
        boolean allowUnpinned;

        @Option(names = "--write-manifest", description = "Write the built-in manifest to the user's manifest path for editing, and exit.")
        boolean writeManifest;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Per request (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path userManifest = ReleaseManifest.userPath(System.getenv());
            if (writeManifest) {
                if (Files.exists(userManifest)) {
                    throw new UsageProblem(userManifest + " exists already; edit it, or remove it first");
                }
                Files.createDirectories(userManifest.getParent());
                Files.write(userManifest, ReleaseManifest.builtInBytes());
                out.println("wrote " + userManifest);
                out.flush();
                return 0;
            }
            ReleaseManifest m = manifest != null ? ReleaseManifest.read(manifest)
                    : Files.exists(userManifest) ? ReleaseManifest.read(userManifest) : ReleaseManifest.builtIn();
            try (Store s = store.open()) {
                if (dryRun) {
                    for (ReleaseManifest.Remote r : m.releases()) {
                        out.printf("%-44s %s%s%n", r.name(), r.url(), r.entry() == null ? "" : " [" + r.entry() + "]");
                    }
                    out.flush();
                    return 0;
                }
                Path dir = Files.createTempDirectory("entente-update");
                try {
                    List<Fetch> fetched = new ReleaseUpdate(Duration.ofSeconds(timeoutSeconds))
                            .fetch(s.connection(), m, allowUnpinned, dir, err);
                    boolean failed = fetched.stream().anyMatch(f -> f.status() == Status.FAILED);
                    for (Fetch f : fetched) {
                        out.printf("%-10s %-44s %s%n", label(f.status()), f.release().name(), f.detail());
                    }
                    if (failed) {
                        out.println("nothing imported: a download failed its checks (above); the store is unchanged");
                        out.flush();
                        return 1;
                    }
                    for (ImportOutcome o : ReleaseUpdate.importFetched(s.connection(), fetched)) {
                        out.printf("imported   %s as dataset %d (%s, %,d rows)%s%n", o.file().getFileName(), o.datasetId(),
                                o.kind(), o.rows(), o.unchanged() ? ", already in the store" : "");
                    }
                } finally {
                    deleteTree(dir);
                }
            }
            out.flush();
            return 0;
        }

        private static String label(Status s) {
            return switch (s) {
                case UP_TO_DATE -> "up to date";
                case FETCHED -> "fetched";
                case NOT_PINNED -> "skipped";
                case FAILED -> "FAILED";
            };
        }

        private static void deleteTree(Path dir) throws IOException {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
