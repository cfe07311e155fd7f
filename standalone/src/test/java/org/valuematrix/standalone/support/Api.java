package org.valuematrix.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Real HTTP against a test host, as a REST client or a browser-less form user would talk to it. */
public final class Api {
    public static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client;

    Api(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String base() {
        return base;
    }

    /** @param user a username (password "demo"), or null for an anonymous request */
    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Reply get(String path, String user, String accept) {
        return send(request(path, user).header("Accept", accept).GET());
    }

    public Reply put(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /** A GET that may take longer than a minute: a year of weekly figures on a busy build machine. */
    public Reply get(String path, String user, Duration timeout) {
        return send(request(path, user).GET(), timeout);
    }

    /** Sends a prepared request (e.g. with a session cookie). */
    public Reply send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(60));
    }

    private Reply send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> r = client.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, headers and body. */
    public static final class Reply {
        private final HttpResponse<String> response;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return parse(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public HttpResponse<String> raw() {
            return response;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
