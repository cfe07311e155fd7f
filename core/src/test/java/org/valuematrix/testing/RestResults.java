package org.valuematrix.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

/** Reads what a JAX-RS resource method answered, as the HTTP layer would write it. */
public final class RestResults {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private RestResults() {
    }

    /** @return the body as text: a String entity, or what a StreamingOutput writes */
    public static String body(Response response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return "";
        }
        if (entity instanceof String) {
            return (String) entity;
        }
        if (entity instanceof StreamingOutput) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ((StreamingOutput) entity).write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        throw new AssertionError("unexpected entity " + entity.getClass());
    }

    /** @return the body parsed by a plain Jackson mapper (not the code's own) */
    public static JsonNode json(Response response) {
        try {
            return PLAIN.readTree(body(response));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body(response), e);
        }
    }

    public static String header(Response response, String name) {
        Object v = response.getMetadata().getFirst(name);
        return v == null ? null : v.toString();
    }

    public static String contentType(Response response) {
        return header(response, "Content-Type");
    }
}
