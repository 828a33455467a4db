package org.entente.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;

/**
 * The first bytes of a file, for recognising its format by content rather than by name. A zip
 * archive is looked through to its first entry, as GDELT and ICEWS ship their files zipped.
 */
public record FileHead(Path file, String entryName, byte[] bytes, boolean zipped) {

    static final int SIZE = 64 * 1024;

    public static FileHead of(Path file) throws IOException {
        byte[] raw;
        try (InputStream in = Files.newInputStream(file)) {
            raw = in.readNBytes(SIZE);
        }
        if (raw.length >= 4 && raw[0] == 'P' && raw[1] == 'K' && raw[2] == 3 && raw[3] == 4) {
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(file))) {
                var entry = zin.getNextEntry();
                if (entry != null) {
                    return new FileHead(file, entry.getName(), zin.readNBytes(SIZE), true);
                }
            }
        }
        return new FileHead(file, file.getFileName().toString(), raw, false);
    }

    /** The head as ISO-8859-1 text: every byte maps to one char, so nothing fails to decode. */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Lines of the head; the last may be cut short. */
    public List<String> lines() {
        return text().lines().toList();
    }

    /**
     * The first line, without the UTF-8 byte-order mark some exports start with (three chars in
     * this ISO-8859-1 text); "" for an empty head. What recognisers compare with a header.
     */
    public String firstLine() {
        List<String> lines = lines();
        return lines.isEmpty() ? "" : lines.get(0).replace("\u00EF\u00BB\u00BF", "");
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * UTF-16 text (a byte-order mark, or ASCII with every other byte NUL), which Windows tools save
     * as "Unicode": text, but not in an encoding the readers take, and not binary either.
     */
    public boolean isUtf16() {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return true;
        }
        int evenNul = 0;
        int oddNul = 0;
        int pairs = Math.min(bytes.length, 512) / 2;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 4 && (evenNul == pairs && oddNul == 0 || oddNul == pairs && evenNul == 0);
    }

    /** A NUL byte in the head: not a text file. */
    public boolean isBinary() {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The first line whose content, trimmed and lower-cased, starts with {@code prefix}. */
    public int indexOfLineStarting(String prefix) {
        List<String> lines = lines();
        String p = prefix.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().replace("\"", "").toLowerCase(Locale.ROOT).startsWith(p)) {
                return i;
            }
        }
        return -1;
    }
}
