package org.valuematrix.standalone.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 written by hand to the host's socket, for what Java's client refuses to send: a
 * {@code Host} header of the sender's choosing, as anyone can send one.
 */
public final class ForgedHostHttp {
    private final URI base;
    private final String host;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /**
     * @param baseUrl the host's base URL (where the socket connects, and the context path)
     * @param host the {@code Host} header every request names
     */
    public ForgedHostHttp(String baseUrl, String host) {
        this.base = URI.create(baseUrl);
        this.host = host;
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET", path, headers, null);
    }

    /** @param user a demo user name, for HTTP Basic with password "demo" */
    public Response get(String path, String user, String accept) {
        return get(path, Map.of("Authorization", basic(user), "Accept", accept));
    }

    public Response postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(Api.encode(k)).append('=')
                .append(Api.encode(v)));
        return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), body.toString());
    }

    /** Sends a request with this client's cookies; keeps the cookies the answer sets. */
    public Response send(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(base.getRawPath()).append(path)
                .append(" HTTP/1.0\r\nHost: ").append(host).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Response response = Response.parse(socket.getInputStream());
            for (String setCookie : response.headers("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Status, headers (names in lower case) and body of an answer. */
    public static final class Response {
        private final int status;
        private final Map<String, List<String>> headers;
        private final String body;

        private Response(int status, Map<String, List<String>> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        static Response parse(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).trim());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        public int status() {
            return status;
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String body() {
            return body;
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }
}
