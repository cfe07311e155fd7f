package org.valuematrix.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket: for requests an HTTP client refuses to send (a NUL in the path,
 * a line too long) and for large bodies that are generated as they are sent, so a test needs no
 * heap for them and sees when the server answers or stops reading.
 */
public final class RawHttp {
    /** More than the socket buffers hold, less than any body that must be read whole to be refused. */
    public static final long PAUSE_AT = 16 * 1024 * 1024;
    private static final int PAUSE_SECONDS = 10;
    private static final int TIMEOUT_MILLIS = 60_000;
    private static final byte[] FILL = new byte[64 * 1024];

    static {
        Arrays.fill(FILL, (byte) '0');
    }

    private final InetSocketAddress address;
    private final String contextPath;

    /** @param base the host's base URL: where to connect, and the context path request lines are under */
    public RawHttp(String base) {
        URI uri = URI.create(base);
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        this.contextPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    }

    /** Puts a request line's path ({@code GET /rest/… HTTP/1.1}) under the host's context path. */
    private String underContext(String head) {
        int space = head.indexOf(' ');
        return space > 0 && head.startsWith("/", space + 1)
                ? head.substring(0, space + 1) + contextPath + head.substring(space + 1) : head;
    }

    /** @return {@code Authorization: Basic …} for a user with the demo password */
    public static String basic(String user) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request head (request line and headers, without the blank line) and an optional body.
     */
    public Reply send(String head, String body) {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write((underContext(head) + "\r\nHost: " + address.getHostString() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a head, then {@code bodyBytes} of zeros (chunked, or raw after a declared
     * Content-Length), while reading the answer; sending stops once the answer is in. Before
     * sending more than {@link #PAUSE_AT} bytes the sender waits a while for an answer, so
     * {@link Upload#sentWhenAnswered()} shows whether the server answered without the rest of the
     * body: a server that waits for the whole body answers only after all of it was sent.
     */
    public Upload upload(String head, long bodyBytes, boolean chunked) {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write((underContext(head) + "\r\nHost: " + address.getHostString() + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + bodyBytes) + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            AtomicLong sent = new AtomicLong();
            CountDownLatch answered = new CountDownLatch(1);
            Thread writer = new Thread(() -> send(out, bodyBytes, chunked, sent, answered), "raw-http-upload");
            writer.setDaemon(true);
            writer.start();
            Reply reply;
            long sentWhenAnswered;
            try {
                reply = read(socket.getInputStream());
            } finally {
                sentWhenAnswered = sent.get();
                answered.countDown();
            }
            return new Upload(reply, sentWhenAnswered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(OutputStream out, long bodyBytes, boolean chunked, AtomicLong sent,
            CountDownLatch answered) {
        boolean paused = false;
        try {
            while (sent.get() < bodyBytes && answered.getCount() > 0) {
                if (!paused && sent.get() >= PAUSE_AT) {
                    paused = true;
                    answered.await(PAUSE_SECONDS, TimeUnit.SECONDS);
                    continue;
                }
                int n = (int) Math.min(FILL.length, bodyBytes - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(FILL, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(n);
            }
            if (chunked && answered.getCount() > 0) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server closed the connection, or the answer is in and the socket closed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int n = Integer.parseInt(line(in).split(";")[0].trim(), 16); n > 0;
                    n = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Reply(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed before the answer ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** An answer: status, headers (lower-case names) and body. */
    public static final class Reply {
        private final int status;
        private final Map<String, String> headers;
        private final String body;

        Reply(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String body() {
            return body;
        }

        public JsonNode json() {
            return Api.parse(body);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /** An upload's answer, and how much of the body had been sent when it came. */
    public static final class Upload {
        private final Reply reply;
        private final long sentWhenAnswered;

        Upload(Reply reply, long sentWhenAnswered) {
            this.reply = reply;
            this.sentWhenAnswered = sentWhenAnswered;
        }

        public Reply reply() {
            return reply;
        }

        /** @return body bytes written to the socket before the answer was read */
        public long sentWhenAnswered() {
            return sentWhenAnswered;
        }

        @Override
        public String toString() {
            return reply + " (sent " + sentWhenAnswered + " body bytes before the answer)";
        }
    }
}
