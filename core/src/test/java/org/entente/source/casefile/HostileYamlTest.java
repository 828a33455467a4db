package org.entente.source.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.source.BadInputException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile case files of the fault campaign (issue #16), and a few more of the kind: each is
 * refused as bad input with one line naming the file and the limit, never with a
 * StackOverflowError or after minutes of parsing. The timeout only stops a hang; it is no benchmark.
 */
class HostileYamlTest {

    @TempDir Path dir;

    static Stream<Arguments> corpus() {
        String laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                + "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
        StringBuilder blockNesting = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            blockNesting.append("  ".repeat(i)).append("a:\n");
        }
        return Stream.of(
                Arguments.of("flow nesting 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), "nested more than 64"),
                Arguments.of("mapping nesting 10,000 deep", "{a: ".repeat(10_000) + "1" + "}".repeat(10_000),
                        "nested more than 64"),
                Arguments.of("block nesting 500 deep", blockNesting.toString(), "nested more than 64"),
                Arguments.of("a 1 MB plain value", "id: " + "x".repeat(1 << 20) + "\n", "characters; the limit is"),
                Arguments.of("a 1 MB quoted value", "id: \"" + "x".repeat(1 << 20) + "\"\n", "characters; the limit is"),
                Arguments.of("a 1 MB key", "x".repeat(1 << 20) + ": 1\n", "characters; the limit is"),
                Arguments.of("a 10 MB document", "id: " + "x".repeat(10 << 20) + "\n", "bytes; the limit is"),
                Arguments.of("billion laughs", laughs, "aliases"),
                Arguments.of("a recursive alias", "a: &a [*a]\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusedWithOneLine(String name, String text, String says) throws Exception {
        Path f = dir.resolve("hostile.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Throwable t = catchThrowable(() -> CaseReader.read(f));
        assertThat(t).as(name).isInstanceOf(BadInputException.class);
        assertThat(t.getMessage()).startsWith(f.toString()).contains(says).doesNotContain("\n");
        assertThat(t.getMessage().length()).isLessThan(400);
    }
}
