package org.claimcheck.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Building and printing JSON trees whose field order is the order of insertion, with {@code \n} line ends. */
final class JsonTrees {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final ObjectWriter PRETTY = MAPPER.writer(PRINTER);

    private JsonTrees() {
    }

    /** The tree as text ending in a line break. */
    static String print(JsonNode tree, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generator that writes to {@code out} as {@link #print} would, for reports written piece by piece; closing
     * it leaves {@code out} open.
     */
    static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            generator.setPrettyPrinter(PRINTER.createInstance());
        }
        generator.setCodec(MAPPER);
        return generator;
    }

    /** Writes a number field, whole numbers as integers ({@code 400}, not {@code 400.0}); non-finite as null. */
    static void writeNumber(JsonGenerator json, String field, double value) throws IOException {
        if (Numbers.isWhole(value)) {
            json.writeNumberField(field, (long) value);
        } else if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    /** {@code {"text": text}}, the SARIF message and description shape. */
    static ObjectNode text(String text) {
        return NODES.objectNode().put("text", text);
    }
}
