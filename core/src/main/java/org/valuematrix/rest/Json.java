package org.valuematrix.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON with the Jackson embedded in the plugin (never the host's). Output escapes
 * {@code <}, {@code >}, {@code &} and quotes as unicode, so JSON can sit inside HTML safely.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
                .build();
        factory.setCharacterEscapes(new HtmlSafeEscapes());
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        return mapper;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass(), e);
        }
    }

    public static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }

    public static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.getFactory().createGenerator(out);
    }

    /** @throws BadRequestException naming {@code parameter} when the text is not JSON */
    public static JsonNode parse(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw BadRequestException.of(parameter, "a JSON body is required");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(e, parameter);
        }
    }

    /** @throws BadRequestException naming {@code parameter} when the bytes are not JSON in UTF-8 */
    public static JsonNode parse(byte[] utf8, String parameter) {
        try {
            JsonNode n = MAPPER.readTree(utf8);
            if (n == null || n.isMissingNode()) {
                throw BadRequestException.of(parameter, "a JSON body is required");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw malformed(e, parameter);
        } catch (IOException e) {
            throw BadRequestException.of(parameter, "could not be read as JSON");
        }
    }

    private static BadRequestException malformed(JsonProcessingException e, String parameter) {
        // Limit violations (nesting depth, string length) carry no location.
        if (e.getLocation() == null) {
            return BadRequestException.of(parameter, "malformed JSON: nested too deeply or too long");
        }
        return BadRequestException.of(parameter, "malformed JSON at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr());
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
