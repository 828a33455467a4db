package org.entente.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HeadedCsvTest {

    static final Path FILE = Path.of("test.csv");

    static HeadedCsv csv(String text) {
        return HeadedCsv.open(FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void headerNamesAreUnquotedTrimmedLowerCased() throws Exception {
        try (HeadedCsv c = csv("\uFEFF\"CCode\", Year ,milex\r\n2,1816,3823\r\n")) {
            assertThat(c.columns()).containsExactly("ccode", "year", "milex");
            assertThat(c.next()).isTrue();
            assertThat(c.integer(c.column("year"))).isEqualTo(1816);
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.next()).isFalse();
        }
    }

    @Test
    void lineNumbersCountBlankAndQuotedMultiLineRows() throws Exception {
        try (HeadedCsv c = csv("a,b\n1,\"x\ny\"\n\n2,z\n")) {
            c.next();
            assertThat(c.text(c.column("b"))).isEqualTo("x\ny");
            c.next();
            assertThat(c.line()).isEqualTo(5);
        }
    }

    @Test
    void missingMarkersAndNumbers() throws Exception {
        try (HeadedCsv c = csv("a,b,c,d\n-9,,NA,1816.0\n")) {
            c.next();
            assertThat(c.decimalOrNull(c.column("a"), "-9")).isNull();
            assertThat(c.decimalOrNull(c.column("a"))).isEqualTo(-9.0);
            assertThat(c.integerOrNull(c.column("b"))).isNull();
            assertThat(c.integerOrNull(c.column("c"))).isNull();
            assertThat(c.integer(c.column("d"))).isEqualTo(1816);
        }
    }

    @Test
    void malformedFieldsNameLineAndField() throws Exception {
        try (HeadedCsv c = csv("year,flow,flag,day\n1816.5,1d,-1,\n")) {
            c.next();
            assertThatThrownBy(() -> c.integer(c.column("year")))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.field()).isEqualTo("year");
                    })
                    .hasMessage("test.csv:2: field 'year': '1816.5' is not a whole number; expected an integer");
            // Java would read "1d" as a double; a data file does not mean that
            assertThatThrownBy(() -> c.decimal(c.column("flow"))).hasMessageContaining("'1d' is not a number");
            assertThatThrownBy(() -> c.flagOrNull(c.column("flag"))).hasMessageContaining("negative");
            assertThatThrownBy(() -> c.integer(c.column("day"))).hasMessageContaining("field 'day'")
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void shortOrLongRowsAreErrors() throws Exception {
        try (HeadedCsv c = csv("a,b,c\n1,2,3\n1,2\n")) {
            c.next();
            assertThatThrownBy(c::next).isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.line()).isEqualTo(3))
                    .hasMessageContaining("2 fields but the header has 3").hasMessageContaining("truncated");
        }
        try (HeadedCsv c = csv("a,b\n1,2,3\n")) {
            assertThatThrownBy(c::next).hasMessageContaining("3 fields but the header has 2");
        }
    }

    @Test
    void missingColumnIsNamedOnTheHeaderLine() {
        try (HeadedCsv c = csv("\n\nccode,yr\n")) {
            assertThatThrownBy(() -> c.column("year")).isInstanceOfSatisfying(BadInputException.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.field()).isEqualTo("year");
            }).hasMessageContaining("it has: ccode,yr");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void datesFromThreeColumns() throws Exception {
        try (HeadedCsv c = csv("y,m,d\n1900,2,29\n2012,,\n2000,2,29\n")) {
            HeadedCsv.Column y = c.column("y");
            HeadedCsv.Column m = c.column("m");
            HeadedCsv.Column d = c.column("d");
            c.next();
            // 1900 was not a leap year
            assertThatThrownBy(() -> c.date(y, m, d)).hasMessageContaining("field 'd'").hasMessageContaining("no such day");
            c.next();
            assertThatThrownBy(() -> c.dateOrNull(y, m, d)).hasMessageContaining("field 'm'");
            c.next();
            assertThat(c.dateOrNull(y, m, d)).isEqualTo(LocalDate.of(2000, 2, 29));
        }
    }

    @Test
    void numberedColumnsInOrder() throws Exception {
        try (HeadedCsv c = csv("atopid2,atopid1,atopid3,atopid5,x\n,,,,\n")) {
            assertThat(c.numbered("atopid")).extracting(HeadedCsv.Column::index).containsExactly(1, 0, 2);
        }
    }

    @Test
    void charsetIsUtf8OnlyWhenTheHeadDecodes() {
        byte[] latin1 = "Côte d'Ivoire".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "Côte d'Ivoire".getBytes(StandardCharsets.UTF_8);
        assertThat(HeadedCsv.charsetOf(new FileHead(FILE, "x", latin1, false))).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(HeadedCsv.charsetOf(new FileHead(FILE, "x", utf8, false))).isEqualTo(StandardCharsets.UTF_8);
        // a head cut inside a two-byte character is still UTF-8
        byte[] cut = java.util.Arrays.copyOf(utf8, 2);
        assertThat(HeadedCsv.charsetOf(new FileHead(FILE, "x", cut, false))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void versionsAreCleaned() {
        assertThat(DatasetVersion.clean("5.0999999")).isEqualTo("5.1");
        assertThat(DatasetVersion.clean("4.0")).isEqualTo("4.0");
        assertThat(DatasetVersion.clean("2016")).isEqualTo("2016");
        assertThat(DatasetVersion.clean(" v2016 ")).isEqualTo("v2016");
        assertThat(DatasetVersion.clean("")).isNull();
    }
}
