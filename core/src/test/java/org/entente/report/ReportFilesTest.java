package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's --out directory is the only place it writes, whatever the case id says. */
class ReportFilesTest {

    @TempDir
    Path root;

    @Test
    void idsThatClimbOutOfTheDirectoryStayInside() throws Exception {
        Path out = root.resolve("out");
        ReportFiles files = new ReportFiles(out);
        for (String id : new String[] {"../../escaped", "/etc/passwd", "..", "a/../../b", "C:\\Windows\\x", "",
                ".hidden", "name\u0000with-nul", "..\\..\\win"}) {
            Path p = files.write(id, ".html", "x".getBytes(StandardCharsets.UTF_8));
            assertThat(p.getParent()).isEqualTo(out.toRealPath());
        }
        // nothing appeared beside or above the directory
        Path real = out.toRealPath();
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.getParent().equals(real));
        }
        assertThat(ReportFiles.stem("../../escaped")).isEqualTo("escaped");
        assertThat(ReportFiles.stem("russia-china-2001")).isEqualTo("russia-china-2001");
        assertThat(ReportFiles.stem("..")).isEqualTo("report");
    }

    @Test
    void aSymbolicLinkAtTheTargetIsReplacedNotFollowed() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Path outside = Files.writeString(root.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(out.resolve("case.html"), outside);
        new ReportFiles(out).write("case", ".html", "report".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(outside)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(out.resolve("case.html"))).isFalse();
        assertThat(Files.readString(out.resolve("case.html"))).isEqualTo("report");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        Path out = root.resolve("out");
        new ReportFiles(out).write("case", ".pdf", new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("case.pdf");
        }
    }
}
