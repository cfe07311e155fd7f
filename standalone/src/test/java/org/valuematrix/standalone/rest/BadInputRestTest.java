package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * Every bad input answers 400 with a JSON body naming the parameter and the problem; never a
 * 5xx or a stack trace. Unauthenticated callers get 401, non-administrators 403.
 */
class BadInputRestTest {
    private static final String REST = "/rest/value-matrix/1.0";
    private static Api api;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/stream?scope=sideways", "scope"),
                Arguments.of("/stream?scope=within&scope=nowhere", "scope"),
                Arguments.of("/stream?since=2026-13-45", "since"),
                Arguments.of("/stream?until=yesterday", "until"),
                Arguments.of("/stream?since=2026-02-01&until=2026-01-01", "until"),
                Arguments.of("/stream?limit=0", "limit"),
                Arguments.of("/stream?limit=201", "limit"),
                Arguments.of("/stream?limit=ten", "limit"),
                Arguments.of("/stream?cursor=not-a-cursor", "cursor"),
                Arguments.of("/stream?cursor=%3Cscript%3E", "cursor"),
                Arguments.of("/stream?team=no-such-team", "team"),
                Arguments.of("/stream?verb=danced", "verb"),
                Arguments.of("/stream.atom?scope=sideways", "scope"),
                Arguments.of("/stream.atom?limit=0", "limit"),
                Arguments.of("/events/export?since=not-a-date", "since"));
    }

    @ParameterizedTest(name = "GET {0} names {1}")
    @MethodSource("badQueries")
    void get_withBadParameter_shouldAnswer400NamingIt(String path, String parameter) {
        Api.Reply r = api.get(REST + path, "admin");

        assertBadRequest(r, parameter);
    }

    @Test
    void get_withBadParameterAsActivityStreams_shouldStillAnswerJson400() {
        Api.Reply r = api.get(REST + "/stream?limit=0", "admin", "application/activity+json");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").has("limit")).isTrue();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("PUT", "/teams/qa-guild", "application/json", "{\"name\":", "body"),
                Arguments.of("PUT", "/teams/qa-guild", "application/json", "[1,2]", "body"),
                Arguments.of("PUT", "/teams/qa-guild", "application/json", "{\"name\":\"QA guild\",\"kind\":\"alien\",\"groups\":[\"quality\"]}", "kind"),
                Arguments.of("PUT", "/teams/qa-guild", "application/json", "{\"name\":\"QA guild\",\"kind\":\"internal\",\"groups\":[]}", "groups"),
                Arguments.of("PUT", "/teams/Bad%20Key", "application/json", "{\"name\":\"x\",\"kind\":\"internal\",\"groups\":[\"quality\"]}", "key"),
                Arguments.of("POST", "/events", "application/json", "[{\"sourceId\":", "body"),
                Arguments.of("POST", "/events", "application/json", "{\"not\":\"an array\"}", "body"),
                Arguments.of("PUT", "/containers/ENG/owner", "application/json", "{\"team\":\"no-such-team\"}", "team"),
                Arguments.of("PUT", "/containers/ENG/owner", "application/json", "{oops}", "body"));
    }

    @ParameterizedTest(name = "{0} {1} ({2}) names {4}")
    @MethodSource("badBodies")
    void write_withBadBody_shouldAnswer400NamingTheProblem(String method, String path, String type, String body,
            String parameter) {
        Api.Reply r = "PUT".equals(method) ? api.put(REST + path, "admin", type, body)
                : api.post(REST + path, "admin", type, body);

        assertBadRequest(r, parameter);
    }

    static Stream<Arguments> unsupportedTypes() {
        return Stream.of(
                Arguments.of("PUT", "/teams/qa-guild", "text/plain"),
                Arguments.of("POST", "/events", "text/plain"),
                Arguments.of("POST", "/events", "application/x-www-form-urlencoded"),
                Arguments.of("POST", "/events", "application/json; charset=nonexistent"),
                Arguments.of("PUT", "/containers/ENG/owner", "application/json;charset=ISO-8859-1"));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("unsupportedTypes")
    void write_withAnotherTypeOrCharset_shouldAnswer415NamingContentType(String method, String path, String type) {
        String body = path.startsWith("/events") ? "[]" : "{\"name\":\"QA\",\"kind\":\"internal\",\"groups\":[\"q\"]}";
        Api.Reply r = "PUT".equals(method) ? api.put(REST + path, "admin", type, body)
                : api.post(REST + path, "admin", type, body);

        assertThat(r.status()).as(r.body()).isEqualTo(415);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("status").asInt()).isEqualTo(415);
        assertThat(r.json().get("errors").get("Content-Type").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void postEvents_withMoreThanTenThousand_shouldAnswer400() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        Api.Reply r = api.post(REST + "/events", "admin", "application/json", body.append(']').toString());

        assertBadRequest(r, "body");
        assertThat(r.json().get("errors").get("body").asText()).contains("10000");
    }

    static Stream<Arguments> adminOnly() {
        return Stream.of(
                Arguments.of("GET", "/rest/value-matrix/1.0/events/export"),
                Arguments.of("POST", "/rest/value-matrix/1.0/events"),
                Arguments.of("PUT", "/rest/value-matrix/1.0/teams/eng"),
                Arguments.of("DELETE", "/rest/value-matrix/1.0/teams/eng"),
                Arguments.of("GET", "/rest/value-matrix/1.0/containers"),
                Arguments.of("GET", "/rest/standalone/1.0/directory"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminOnly")
    void adminResource_shouldAnswer401ToAnonymousAnd403ToUsers(String method, String path) {
        Api.Reply anonymous = call(method, path, null);
        Api.Reply user = call(method, path, "alice");

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.json().get("errorMessages")).isNotEmpty();
        assertThat(user.status()).as(user.body()).isEqualTo(403);
        assertThat(user.json().get("errorMessages")).isNotEmpty();
    }

    private static Api.Reply call(String method, String path, String user) {
        switch (method) {
            case "GET": return api.get(path, user);
            case "DELETE": return api.delete(path, user);
            case "PUT": return api.put(path, user, "application/json", "{\"name\":\"x\",\"kind\":\"internal\",\"groups\":[\"g\"]}");
            default: return api.post(path, user, "application/json", "[]");
        }
    }

    static void assertBadRequest(Api.Reply r, String parameter) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("errors").has(parameter)).as("errors name %s: %s", parameter, body).isTrue();
        assertThat(body.get("errors").get(parameter).asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "\tat ");
    }
}
