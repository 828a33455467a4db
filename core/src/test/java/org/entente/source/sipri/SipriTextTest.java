package org.entente.source.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SipriTextTest {

    @Test
    void readsBothWaysOfStatingTheGenerationDate() {
        // the registers' and the TIV tables' preamble lines, as SIPRI writes them
        assertThat(SipriText.generated(List.of("Source: SIPRI", "Data generated: 13 Mar 2025 10:02:49 AM")))
                .hasValue(new SipriText.Generated("13 Mar 2025", java.time.LocalDate.of(2025, 3, 13)));
        assertThat(SipriText.generated(List.of("Generated: 28 July 2022")))
                .hasValue(new SipriText.Generated("28 July 2022", java.time.LocalDate.of(2022, 7, 28)));
        assertThat(SipriText.generated(List.of("Generated: 31 Feb 2022"))).isEmpty();
        assertThat(SipriText.generated(List.of("Data generated: soon"))).isEmpty();
    }

    @Test
    void citesTheDateAsStated() {
        assertThat(SipriText.citation(Optional.of(new SipriText.Generated("13 Mar 2025", java.time.LocalDate.of(2025, 3, 13)))))
                .isEqualTo("SIPRI Arms Transfers Database, 13 Mar 2025, https://www.sipri.org/databases/armstransfers");
        assertThat(SipriText.citation(Optional.empty()))
                .isEqualTo("SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers");
    }

    @Test
    void decodesLatin1UnlessTheFileIsUtf8() {
        String name = "Santa F\u00e9";
        assertThat(SipriText.decode(name.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(name);
        assertThat(SipriText.decode(name.getBytes(StandardCharsets.UTF_8))).isEqualTo(name);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ','};
        assertThat(SipriText.decode(bom)).isEqualTo("a,");
    }
}
