package org.entente.source.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.model.Case;
import org.entente.source.BadInputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads and validates a case file (the format is documented in {@code docs/case-file-format.md}).
 * YAML is composed into nodes rather than loaded into maps, so that every problem can name its
 * line; the first problem in the file is thrown as a {@link BadInputException}.
 */
public final class CaseReader {

    /** Where the built-in cases live on the class path; {@code index.txt} lists their ids. */
    static final String BUILT_IN_DIR = "/org/entente/casefile/";

    private CaseReader() {}

    public static Case read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, null, "no such file");
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > YamlLimits.MAX_DOCUMENT_CHARS) {
                throw new BadInputException(file, 0, null, "a case file of " + size + " bytes; the limit is "
                        + YamlLimits.MAX_DOCUMENT_CHARS);
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, 0, null, "not UTF-8 text; a case file is a UTF-8 YAML file");
        } catch (IOException e) {
            throw new BadInputException(file, 0, null, "cannot read the file: " + e.getMessage());
        }
        return parse(text, file);
    }

    /** A case shipped with Entente, by id ({@link #builtInIds()}). */
    public static Case builtIn(String id) {
        if (!builtInIds().contains(id)) {
            throw new IllegalArgumentException("no built-in case '" + id + "'; the built-in cases are: "
                    + String.join(", ", builtInIds()));
        }
        String resource = BUILT_IN_DIR + id + ".yaml";
        try (InputStream in = CaseReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in case " + resource + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in case " + resource, e);
        }
    }

    public static List<String> builtInIds() {
        try (InputStream in = CaseReader.class.getResourceAsStream(BUILT_IN_DIR + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    ids.add(l);
                }
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the list of built-in cases", e);
        }
    }

    /** Parses case-file text; {@code file} names it in errors. */
    /** Reads a case from {@code text}, naming {@code file} in errors. */
    public static Case parse(String text, Path file) {
        Problems problems = new Problems(file);
        Node root = compose(new StringReader(text), file);
        return new CaseParser(problems).parse(root);
    }

    private static Node compose(Reader reader, Path file) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(YamlLimits.MAX_DOCUMENT_CHARS)
                // the reader copies its whole window each time it refills it: with the default 1 KB
                // refills a 1 MB value took seconds and hundreds of MB; 64 KB makes that linear
                .setBufferSize(64 * 1024)
                .build();
        Optional<Node> root;
        try {
            Parser parser = new YamlLimits(new ParserImpl(settings, new StreamReader(settings, reader)), file);
            root = new Composer(settings, parser).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            long line = mark.map(m -> (long) m.getLine() + 1).orElse(0L);
            throw new BadInputException(file, line, null, "not valid YAML: " + describe(e));
        } catch (YamlEngineException e) {
            throw new BadInputException(file, 0, null, "not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty() || YamlMap.isNull(root.get())) {
            throw new BadInputException(file, 0, null, "the file is empty");
        }
        return root.get();
    }

    /** The parser's problem (and its context) in one line, without the snippet it prints. */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int problemLine = e.getProblemMark().map(Mark::getLine).orElse(-1);
        int contextLine = e.getContextMark().map(Mark::getLine).orElse(-1);
        if (!context.isEmpty() && contextLine >= 0 && contextLine != problemLine) {
            context += " (from line " + (contextLine + 1) + ")";
        }
        String text = context.isEmpty() ? problem : context + ": " + problem;
        return text.replaceAll("\\s+", " ").strip();
    }
}
