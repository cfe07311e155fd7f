package org.valuematrix.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * The JSON body of one endpoint, read with that endpoint's ceiling. Neither product limits REST
 * bodies for plugins, and a {@code String} entity is read whole before the resource method runs
 * (before it can check the caller), so resources take the body as an {@link InputStream} and
 * read it through this, in this order: {@link #refuseDeclaredOverLimit} first, then the caller
 * check, then {@link #read}. An anonymous caller is thus answered without a byte of the body read.
 */
public final class JsonBody {
    private static final int CHUNK = 8_192;

    private final long limit;

    /** @param limit the most bytes the endpoint accepts */
    public JsonBody(long limit) {
        if (limit < 1 || limit > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("limit must be positive and fit in one array");
        }
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** @throws PayloadTooLargeException when the request declares a Content-Length over the limit */
    public void refuseDeclaredOverLimit(HttpServletRequest request) {
        if (request.getContentLengthLong() > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }

    /**
     * Reads at most {@link #limit()} bytes (a chunked body is cut there) and parses them.
     *
     * @throws UnsupportedMediaTypeException unless the type is application/json in UTF-8
     * @throws PayloadTooLargeException when the body goes on past the limit
     * @throws BadRequestException naming "body" when it is empty, cut short or not JSON
     */
    public JsonNode read(String contentType, InputStream body) {
        MediaTypes.requireJson(contentType);
        return Json.parse(bytes(body), "body");
    }

    /**
     * Reads the body as {@link #read} does and refuses anything but an object whose fields are
     * all among {@code fields}, so a misspelt field is named instead of silently ignored.
     *
     * @throws BadRequestException naming "body" when it is not an object, or the first unknown field
     */
    public JsonNode readObject(String contentType, InputStream body, Set<String> fields) {
        JsonNode n = read(contentType, body);
        requireObject(n, fields);
        return n;
    }

    /** @throws BadRequestException naming "body" when {@code n} is not an object, or its first field not among {@code fields} */
    public static void requireObject(JsonNode n, Set<String> fields) {
        if (n == null || !n.isObject()) {
            throw BadRequestException.of("body", "must be a JSON object");
        }
        for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw BadRequestException.of(name, "is not a field of this request");
            }
        }
    }

    private byte[] bytes(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        byte[] buffer = new byte[(int) Math.min(CHUNK, limit + 1)];
        int length = 0;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, limit + 1));
                }
                int n = body.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    return Arrays.copyOf(buffer, length);
                }
                length += n;
            }
        } catch (IOException e) {
            throw BadRequestException.of("body", "could not be read to its end");
        }
    }
}
