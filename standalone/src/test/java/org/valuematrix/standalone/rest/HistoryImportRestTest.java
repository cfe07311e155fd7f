package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.TestHost;

/**
 * {@code /admin/history-import} over real HTTP, on a host of its own: administrators only (401,
 * 403), JSON only, bad input named, one import at a time (409), cancellable.
 */
class HistoryImportRestTest {
    private static final String PATH = "/rest/value-matrix/1.0/admin/history-import";
    private static final String JSON = "application/json";
    private static TestHost host;
    private static Api api;

    @BeforeAll
    static void start() {
        host = TestHost.start(1_000);
        api = host.api();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void othersThanAdministrators_shouldBeRefused() {
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        assertThat(api.post(PATH, null, JSON, "{}").status()).isEqualTo(401);
        assertThat(api.delete(PATH, null).status()).isEqualTo(401);
        assertThat(api.get(PATH, "alice").status()).isEqualTo(403);
        assertThat(api.post(PATH, "alice", JSON, "{}").status()).isEqualTo(403);
        assertThat(api.delete(PATH, "alice").status()).isEqualTo(403);
    }

    @Test
    void badInput_shouldBeNamed_andStartNothing() {
        for (List<String> bad : List.of(List.of("{\"since\":\"1 May\"}", "since"),
                List.of("{\"since\":\"2026-02-30\"}", "since"), List.of("{\"since\":20260101}", "since"),
                List.of("{\"pauseMillis\":-1}", "pauseMillis"), List.of("{\"pauseMillis\":1.5}", "pauseMillis"),
                List.of("{\"pauseMillis\":60001}", "pauseMillis"), List.of("{\"from\":\"2026-01-01\"}", "from"),
                List.of("[]", "body"), List.of("", "body"))) {
            Api.Reply r = api.post(PATH, "admin", JSON, bad.get(0));
            assertThat(r.status()).as(bad.get(0)).isEqualTo(400);
            assertThat(r.json().get("errors").has(bad.get(1))).as(r.body()).isTrue();
        }
        Api.Reply text = api.post(PATH, "admin", "text/plain", "{}");
        assertThat(text.status()).isEqualTo(415);
        assertThat(api.get(PATH, "admin").json().get("state").asText()).isIn("never", "done", "cancelled");
    }

    @Test
    void anImportRunning_shouldRefuseASecond_andCancelStopsIt() throws Exception {
        Api.Reply started = api.post(PATH, "admin", JSON, "{\"since\":\"2020-01-01\",\"pauseMillis\":60000}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("since").asText()).isEqualTo("2020-01-01");
        assertThat(started.json().get("pauseMillis").asLong()).isEqualTo(60000);

        Api.Reply second = api.post(PATH, "admin", JSON, "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("state").asText()).isIn("queued", "running");

        Api.Reply status = api.get(PATH, "admin");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.header("Content-Type")).startsWith(JSON);
        for (String field : List.of("state", "items", "itemsTotal", "events", "ratePerSecond", "secondsLeft",
                "startedAt", "finishedAt", "since", "error")) {
            assertThat(status.json().has(field)).as(field).isTrue();
        }

        Api.Reply cancelled = api.delete(PATH, "admin");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("finishedAt").isNull()).isFalse();
        assertThat(api.delete(PATH, "admin").status()).as("nothing left to cancel").isEqualTo(409);
        Thread.sleep(200);
        assertThat(api.get(PATH, "admin").json().get("state").asText()).isEqualTo("cancelled");
    }
}
