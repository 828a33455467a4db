package org.entente.store.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data pack bundled in the jar: published releases, gzipped as they were published, and a
 * manifest that says what each one is. {@code pack/build.py} writes both from the original files;
 * Maven puts them under {@code org/entente/pack/} on the class path.
 */
public record DataPack(String version, List<Release> releases) {

    static final String ROOT = "/org/entente/pack/";

    /** One bundled file: the release it is, where its publisher offers it, and on what terms. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Release(
            @JsonProperty("file") String file,
            @JsonProperty("source") String source,
            @JsonProperty("packed") String packed,
            @JsonProperty("kind") String kind,
            @JsonProperty("title") String title,
            @JsonProperty("version") String version,
            @JsonProperty("generated") String generated,
            @JsonProperty("years") List<Integer> years,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("bytes") long bytes,
            @JsonProperty("packed_sha256") String packedSha256,
            @JsonProperty("terms") String terms,
            @JsonProperty("page") String page) {

        /** "1816–2016", or "" for a code list that covers no years. */
        public String yearSpan() {
            return years == null || years.size() != 2 ? "" : years.get(0) + "–" + years.get(1);
        }

        /** The packed (gzipped) bytes, from the class path. */
        public InputStream openPacked() throws IOException {
            InputStream in = DataPack.class.getResourceAsStream(ROOT + packed);
            if (in == null) {
                throw new IOException("the data pack in this build lacks " + packed + "; rebuild Entente");
            }
            return in;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Manifest(@JsonProperty("version") String version, @JsonProperty("datasets") List<Release> datasets) {}

    private static volatile DataPack bundled;

    /** The pack in this build. */
    public static DataPack bundled() {
        DataPack p = bundled;
        if (p == null) {
            try (InputStream in = DataPack.class.getResourceAsStream(ROOT + "manifest.json")) {
                if (in == null) {
                    throw new IllegalStateException("this build of Entente has no data pack (org/entente/pack/manifest.json)");
                }
                Manifest m = new ObjectMapper().readValue(in, Manifest.class);
                p = new DataPack(m.version(), List.copyOf(m.datasets()));
                bundled = p;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the data pack's manifest", e);
            }
        }
        return p;
    }

    /**
     * The SHA-256 of every bundled file, from {@code SHA256SUMS} beside the manifest: what every
     * command checks against the store, without the cost of reading the manifest (about 0.25 s).
     */
    public static java.util.Set<String> bundledChecksums() {
        try (InputStream in = DataPack.class.getResourceAsStream(ROOT + "SHA256SUMS")) {
            if (in == null) {
                throw new IllegalStateException("this build of Entente has no data pack (org/entente/pack/SHA256SUMS)");
            }
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.substring(0, line.indexOf(' ')));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data pack's checksums", e);
        }
    }

    public long totalBytes() {
        return releases.stream().mapToLong(Release::bytes).sum();
    }
}
