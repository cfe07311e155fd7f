package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.DemoUsers;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/** POST /events (per-item results) and GET /events/export (NDJSON), including a round trip between two hosts. */
class EventsRestTest {
    private static final String EVENTS = "/rest/value-matrix/1.0/events";
    private static Api api;
    private static DemoUsers users;

    @BeforeAll
    static void host() {
        api = TestHost.shared().api();
        users = new DemoUsers(api);
    }

    @Test
    void post_shouldAnswerPerItem_storedDuplicateOrRejectedWithReasons() {
        String id = "events-test-" + System.nanoTime();
        Map<String, Object> good = Events.event(id, "2026-01-15T10:00:00Z", users.key("alice"), "commented", "ENG",
                "confluence", users.key("bob"), "A design review");
        Map<String, Object> bad = new LinkedHashMap<>(good);
        bad.put("sourceId", id + "-bad");
        bad.put("verb", "danced");
        bad.put("occurredAt", "last tuesday");
        List<Object> batch = List.of(good, good, bad, "not an object");

        Api.Reply r = api.post(EVENTS, "admin", "application/json", Api.json(batch));
        Api.Reply again = api.post(EVENTS, "admin", "application/json", Api.json(List.of(good)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(r.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(r.json().get("rejected").asInt()).isEqualTo(2);
        assertThat(r.json().get("stored").asInt()).isEqualTo(1);
        assertThat(results.get(0).get("status").asText()).isEqualTo("stored");
        assertThat(results.get(1).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(2).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(2).get("errors").has("verb")).isTrue();
        assertThat(results.get(2).get("errors").has("occurredAt")).isTrue();
        assertThat(results.get(3).get("errors").has("event")).isTrue();
        assertThat(again.json().get("results").get(0).get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void export_shouldStreamEveryEventAsNdjson() {
        Api.Reply r = api.get(EVENTS + "/export", "admin");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = r.body().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo((int) TestHost.DEMO_EVENTS);
        JsonNode first = Api.parse(lines[0]);
        assertThat(first.fieldNames()).toIterable().contains("sourceId", "occurredAt", "actor", "verb", "object",
                "container", "counterpart", "classification");
    }

    @Test
    void export_withSinceAndUntil_shouldKeepOnlyThatWindow() {
        Instant until = Instant.now().minusSeconds(10L * 86_400);
        Instant since = until.minusSeconds(20L * 86_400);
        Api.Reply r = api.get(EVENTS + "/export?since=" + since + "&until=" + until, "admin");

        assertThat(r.status()).isEqualTo(200);
        String[] lines = r.body().split("\n");
        assertThat(lines.length).isGreaterThan(10);
        for (String line : lines) {
            assertThat(Instant.parse(Api.parse(line).get("occurredAt").asText())).isAfterOrEqualTo(since).isBefore(until);
        }
    }

    @Test
    void export_shouldReimportIntoAFreshHost_withTheSameEvents() {
        List<String> exported = List.of(api.get(EVENTS + "/export", "admin").body().split("\n"));

        try (TestHost fresh = TestHost.start(0)) {
            Api other = fresh.api();
            assertThat(other.get(EVENTS + "/export", "admin").body()).isEmpty();
            for (int i = 0; i < exported.size(); i += 10_000) {
                String body = "[" + String.join(",", exported.subList(i, Math.min(exported.size(), i + 10_000))) + "]";
                Api.Reply r = other.post(EVENTS, "admin", "application/json", body);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.json().get("rejected").asInt()).isZero();
            }
            List<String> reexported = List.of(other.get(EVENTS + "/export", "admin").body().split("\n"));

            assertThat(reexported).hasSameSizeAs(exported);
            assertThat(essentials(reexported)).containsExactlyInAnyOrderElementsOf(essentials(exported));
        }
    }

    /** An event without what each site assigns itself (id) or derives with its own teams (classification). */
    private static List<String> essentials(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) Api.parse(line);
            n.remove("id");
            n.remove("classification");
            out.add(n.toString());
        }
        return out;
    }
}
