package org.entente.source.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Source;

/**
 * The two seed papers as tests read them, from {@code ${entente.shared}/seeds}: the 2001 paper and
 * the Kuchins memo, cut into the passages a case-file source id points at.
 *
 * <ul>
 * <li>paper, locator {@code note N}: the paragraph carrying the marker [N] (the seed copy has no
 *     notes list), with the block-quote lines just before it when the note closes a quotation;</li>
 * <li>paper, locator {@code section N ...}: the N-th section (sections are separated by two blank lines);</li>
 * <li>memo, locator {@code introduction} or a heading: that section of the memo.</li>
 * </ul>
 */
final class SeedTexts {

    static final String PAPER_FILE = "000_df99ff7a764c55fd.txt";
    static final String MEMO_FILE = "003_65253ae8a55d9fdb.txt";
    static final List<String> MEMO_HEADINGS = List.of("Sino-Russian Relations", "The United States and its Alliance System");

    final String paper;
    final String memo;
    private final List<String> paperLines;
    private final List<String> paperSections;
    private final List<String> memoSections = new ArrayList<>();

    SeedTexts(Path seeds) throws IOException {
        String rawPaper = Files.readString(seeds.resolve(PAPER_FILE), StandardCharsets.UTF_8);
        String rawMemo = Files.readString(seeds.resolve(MEMO_FILE), StandardCharsets.UTF_8);
        paperLines = List.of(rawPaper.split("\n", -1));
        paper = normalise(rawPaper);
        paperSections = new ArrayList<>();
        for (String s : rawPaper.split("\n\\s*\n\\s*\n")) {
            paperSections.add(normalise(s));
        }
        // The memo is hard-wrapped: join its lines, without a space after a line-end hyphen.
        StringBuilder section = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String line : rawMemo.split("\n")) {
            String l = line.strip();
            if (MEMO_HEADINGS.contains(l)) {
                memoSections.add(normalise(section.toString()));
                section.setLength(0);
                continue;
            }
            for (StringBuilder b : List.of(section, all)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                    b.append(l);
                } else {
                    b.append(' ').append(l);
                }
            }
        }
        memoSections.add(normalise(section.toString()));
        memo = normalise(all.toString());
    }

    static Path seedsDir() {
        String shared = System.getProperty("entente.shared", "../shared");
        return Path.of(shared).resolve("seeds");
    }

    /** Curly quotes and dashes as plain ones, runs of white space as one space. */
    static String normalise(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace("\u2014", "--").replace("\u2013", "-").replaceAll("\\s+", " ").strip();
    }

    /** The whole document a source points at. */
    String document(Source s) {
        return switch (s.kind()) {
            case "paper" -> paper;
            case "memo" -> memo;
            default -> throw new AssertionError("source " + s.id() + " is neither the paper nor the memo");
        };
    }

    /** The passage a source's locator points at; fails the test if the locator names none. */
    String passage(Source s) {
        String loc = s.locator() == null ? "" : s.locator();
        if (s.kind().equals("paper")) {
            Matcher note = Pattern.compile("note (\\d+)").matcher(loc);
            if (note.matches()) {
                return notePassage(Integer.parseInt(note.group(1)));
            }
            Matcher section = Pattern.compile("section (\\d+)\\b.*").matcher(loc);
            if (section.matches()) {
                int n = Integer.parseInt(section.group(1));
                if (n < 1 || n > paperSections.size()) {
                    throw new AssertionError(s.id() + ": the paper has no section " + n);
                }
                return paperSections.get(n - 1);
            }
        } else if (s.kind().equals("memo")) {
            if (loc.equals("introduction")) {
                return memoSections.get(0);
            }
            int i = MEMO_HEADINGS.indexOf(loc);
            if (i >= 0) {
                return memoSections.get(i + 1);
            }
        }
        throw new AssertionError(s.id() + ": locator '" + loc + "' names no passage of the " + s.kind());
    }

    String notePassage(int n) {
        String marker = "[" + n + "]";
        for (int i = 0; i < paperLines.size(); i++) {
            if (paperLines.get(i).contains(marker)) {
                StringBuilder sb = new StringBuilder(paperLines.get(i));
                // a note that closes a block quotation (short lines): the quotation's lines before it
                for (int j = i - 1; j >= 0 && paperLines.get(i).length() < 100; j--) {
                    String l = paperLines.get(j);
                    if (l.isBlank()) {
                        continue;
                    }
                    if (l.length() >= 100) {
                        break;
                    }
                    sb.insert(0, l + " ");
                }
                return normalise(sb.toString());
            }
        }
        throw new AssertionError("the paper has no note marker " + marker);
    }

    int paperSectionCount() {
        return paperSections.size();
    }
}
