package org.entente.store.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.entente.source.BadInputException;

/**
 * The releases {@code entente data update} may fetch: where each is published and, once pinned,
 * the SHA-256 and size of the file that is imported. A small JSON file the user can edit; the
 * one built in is the default.
 */
public record ReleaseManifest(Path file, List<Remote> releases) {

    static final String BUILT_IN = "/org/entente/store/pack/releases.json";

    /** One release at its publisher's address; {@code entry} names the file inside a zip. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Remote(
            @JsonProperty("name") String name,
            @JsonProperty("kind") String kind,
            @JsonProperty("url") String url,
            @JsonProperty("entry") String entry,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("bytes") Long bytes) {

        public boolean pinned() {
            return sha256 != null && !sha256.isBlank();
        }

        /** The name the imported file gets: the zip entry's, else the URL's last segment. */
        public String fileName() {
            if (entry != null && !entry.isBlank()) {
                return Path.of(entry).getFileName().toString();
            }
            String path = URI.create(url).getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return last.isEmpty() ? "download" : last;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Json(@JsonProperty("releases") List<Remote> releases) {}

    /** Where a user's own manifest lives: {@code $XDG_CONFIG_HOME/entente}, else {@code ~/.config/entente}. */
    public static Path userPath(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "entente", "releases.json");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".config", "entente", "releases.json");
    }

    /** The built-in manifest's text, for a user to copy and edit. */
    public static byte[] builtInBytes() throws IOException {
        try (InputStream in = ReleaseManifest.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("this build has no " + BUILT_IN);
            }
            return in.readAllBytes();
        }
    }

    public static ReleaseManifest builtIn() throws IOException {
        return parse(null, builtInBytes());
    }

    public static ReleaseManifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, null, "no such file");
        }
        return parse(file, Files.readAllBytes(file));
    }

    private static ReleaseManifest parse(Path file, byte[] bytes) throws IOException {
        Json json;
        try {
            json = new ObjectMapper().readValue(bytes, Json.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException(file == null ? Path.of(BUILT_IN) : file, line, null,
                    "not a release manifest: " + e.getOriginalMessage());
        }
        List<Remote> releases = json.releases() == null ? List.of() : json.releases();
        for (int i = 0; i < releases.size(); i++) {
            Remote r = releases.get(i);
            String where = "releases[" + i + "]";
            if (r.kind() == null || r.kind().isBlank()) {
                throw new BadInputException(file, 0, where + ".kind", "missing");
            }
            if (r.url() == null || !(r.url().startsWith("http://") || r.url().startsWith("https://"))) {
                throw new BadInputException(file, 0, where + ".url", "must be an http or https address");
            }
            if (r.pinned() && !r.sha256().matches("[0-9a-f]{64}")) {
                throw new BadInputException(file, 0, where + ".sha256", "must be 64 lower-case hex digits");
            }
        }
        return new ReleaseManifest(file, List.copyOf(releases));
    }
}
