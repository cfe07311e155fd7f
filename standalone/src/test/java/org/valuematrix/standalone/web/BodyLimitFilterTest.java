package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.RawHttp;

/**
 * The host's ceiling holds even for a resource that reads whatever it is sent: a web server with
 * only that resource, over real HTTP.
 */
class BodyLimitFilterTest {
    private static final long LIMIT = 100_000;

    private final AtomicLong read = new AtomicLong();
    private WebServer server;
    private RawHttp http;

    @BeforeEach
    void start() throws Exception {
        HttpServlet greedy = new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                read.set(request.getReader().lines().mapToLong(String::length).sum());
                response.setStatus(204);
            }
        };
        server = new WebServer("127.0.0.1", 0, "", RestGeneration.V1, Map.of(), List.of(new BodyLimitFilter(LIMIT)),
                Map.of("/rest/greedy/*", greedy));
        server.start();
        http = new RawHttp("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bodyWithinTheLimit_shouldReachTheResource() {
        RawHttp.Upload u = http.upload("POST /rest/greedy/x HTTP/1.1", LIMIT, true);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(204);
        assertThat(read.get()).isEqualTo(LIMIT);
    }

    @Test
    void chunkedBodyOverTheLimit_shouldBeCutWith413() {
        RawHttp.Upload u = http.upload("POST /rest/greedy/x HTTP/1.1", 50_000_000, true);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(413);
        assertThat(u.reply().json().get("errors").get("body").asText()).contains("100000");
        assertThat(read.get()).as("the resource never saw a whole body").isZero();
        assertThat(u.sentWhenAnswered()).isLessThanOrEqualTo(RawHttp.PAUSE_AT);
    }

    @Test
    void declaredBodyOverTheLimit_shouldBeRefusedBeforeTheResourceRuns() {
        RawHttp.Upload u = http.upload("POST /rest/greedy/x HTTP/1.1", LIMIT + 1, false);

        assertThat(u.reply().status()).as(u.toString()).isEqualTo(413);
        assertThat(u.reply().header("Connection")).isEqualTo("close");
        assertThat(read.get()).isZero();
    }
}
