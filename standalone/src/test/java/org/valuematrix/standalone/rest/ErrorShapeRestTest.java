package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.standalone.support.LogCapture;
import org.valuematrix.standalone.support.RawHttp;
import org.valuematrix.standalone.support.TestHost;

/**
 * Every error on a REST path, whoever answers it (a resource, Jersey, the host's filters or Jetty
 * itself), comes in Atlassian's JSON error shape, and a client's error logs at most one line and
 * never a stack trace. Sent over a raw socket: several of these requests are ones an HTTP client
 * refuses to send.
 */
class ErrorShapeRestTest {
    private static final String REST = "/rest/value-matrix/1.0";
    private static final String JSON = "Content-Type: application/json";
    private static RawHttp http;

    @BeforeAll
    static void host() {
        http = new RawHttp(TestHost.shared().api().base());
    }

    static Stream<Arguments> errors() {
        String longQuery = "a".repeat(9_000);
        return Stream.of(
                Arguments.of(400, "GET " + REST + "/stream?limit=0 HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(401, "GET " + REST + "/stream HTTP/1.1", null),
                Arguments.of(401, "POST " + REST + "/events HTTP/1.1\r\nContent-Type: application/json; "
                        + "charset=nonexistent\r\nContent-Length: 2", "[]"),
                Arguments.of(403, "GET " + REST + "/containers HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(404, "GET " + REST + "/nothing-here HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(404, "GET /rest/no-such-api/1.0/x HTTP/1.1", null),
                Arguments.of(404, "GET /rest/standalone/1.0/nothing HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(405, "DELETE /rest/standalone/1.0/directory HTTP/1.1\r\n" + RawHttp.basic("admin"), null),
                Arguments.of(405, "DELETE " + REST + "/stream HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(406, "GET " + REST + "/stream HTTP/1.1\r\nAccept: text/html\r\n" + RawHttp.basic("alice"),
                        null),
                Arguments.of(406, "GET " + REST + "/stream.xml HTTP/1.1\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(413, "POST " + REST + "/events HTTP/1.1\r\n" + JSON + "\r\nContent-Length: 50000000", "["),
                Arguments.of(413, "PUT " + REST + "/teams/big HTTP/1.1\r\n" + JSON + "\r\nContent-Length: 100000\r\n"
                        + RawHttp.basic("admin"), "{"),
                Arguments.of(415, "POST " + REST + "/events HTTP/1.1\r\nContent-Type: application/json; "
                        + "charset=nonexistent\r\nContent-Length: 2\r\n" + RawHttp.basic("admin"), "[]"),
                Arguments.of(415, "PUT " + REST + "/teams/x HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                        + RawHttp.basic("admin"), "{}"),
                Arguments.of(400, "GET " + REST + "/stream HTTP/1.1\r\nAccept: ;;;\r\n" + RawHttp.basic("alice"), null),
                Arguments.of(400, "POST " + REST + "/events HTTP/1.1\r\nContent-Type: ;;;\r\nContent-Length: 2\r\n"
                        + RawHttp.basic("admin"), "[]"),
                Arguments.of(400, "GET " + REST + "/str%00eam HTTP/1.1", null),
                Arguments.of(400, "GET " + REST + "//stream HTTP/1.1", null),
                Arguments.of(414, "GET " + REST + "/stream?x=" + longQuery + " HTTP/1.1", null),
                Arguments.of(431, "GET " + REST + "/stream HTTP/1.1\r\nX-Padding: " + longQuery, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errors")
    void error_shouldAnswerTheJsonShapeAndLogAtMostOneLine(int status, String head, String body) {
        RawHttp.Reply r;
        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            r = http.send(head, body);
            logged = log.lines();
        }

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/json");
        JsonNode json = r.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("errorMessages").isArray()).isTrue();
        assertThat(json.get("errors").isObject()).isTrue();
        assertThat(json.get("errorMessages").size() + json.get("errors").size()).as("says what is wrong").isPositive();
        assertThat(r.body()).doesNotContain("Exception", "<html", "\tat ");
        assertThat(logged).as("log lines").hasSizeLessThanOrEqualTo(1)
                .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
    }
}
