package org.entente.source.sipri;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every SIPRI export shares: its text encoding and the preamble line that states when the
 * data were generated, from which the citation is made.
 */
public final class SipriText {

    /** How SIPRI asks to be cited (its terms of use); the date is the file's generation date. */
    static final String CITATION = "SIPRI Arms Transfers Database";
    static final String URL = "https://www.sipri.org/databases/armstransfers";

    // "Data generated: 13 Mar 2025 10:02:49 AM" (registers), "Generated: 28 July 2022" (TIV tables)
    private static final Pattern GENERATED =
            Pattern.compile("(?i)^\\s*(?:data\\s+)?generated\\s*:\\s*((\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})).*");

    private SipriText() {}

    /**
     * SIPRI writes its CSV exports in ISO-8859-1; a file re-saved as UTF-8 (with a byte-order mark,
     * or simply valid UTF-8 with accented names) is read as UTF-8 instead.
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (!hasHighBytes(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The generation date a preamble states, as written and as a date. */
    public record Generated(String stated, LocalDate date) {
        /** ISO date, e.g. {@code 2025-03-13}, for {@code dataset.generated}. */
        public String iso() {
            return date.toString();
        }
    }

    /** The first preamble line of the form "[Data] generated: 13 Mar 2025 ..." (first CSV cell). */
    public static Optional<Generated> generated(List<String> preambleCells) {
        for (String cell : preambleCells) {
            Matcher m = GENERATED.matcher(cell);
            if (m.matches()) {
                Optional<Month> month = month(m.group(3));
                if (month.isPresent()) {
                    int day = Integer.parseInt(m.group(2));
                    int year = Integer.parseInt(m.group(4));
                    if (day >= 1 && day <= month.get().length(year % 4 == 0)) {
                        return Optional.of(new Generated(m.group(1), LocalDate.of(year, month.get(), day)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An English month name or its abbreviation of three letters or more ("Mar", "July", "Sept"). */
    private static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (full.startsWith(w)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** "SIPRI Arms Transfers Database, 13 Mar 2025, https://www.sipri.org/databases/armstransfers". */
    public static String citation(Optional<Generated> generated) {
        return generated.map(g -> CITATION + ", " + g.stated() + ", " + URL).orElse(CITATION + ", " + URL);
    }
}
