package org.entente.assess.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.entente.assess.Assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The assessment as JSON: the record tree as it is, for programs and the report. */
public final class JsonRenderer {

    private JsonRenderer() {}

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public static void render(Assessment a, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
