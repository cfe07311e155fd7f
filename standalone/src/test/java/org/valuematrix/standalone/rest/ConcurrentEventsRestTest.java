package org.valuematrix.standalone.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.Events;
import org.valuematrix.standalone.support.TestHost;

/**
 * Imports that overlap, sent at once: eight clients post shuffled batches sharing many events
 * to {@code POST /events} on a real host. Every request is answered 200, every event is stored
 * once, and each interaction's novelty is what occurrence order says, whichever request
 * stored it first.
 */
class ConcurrentEventsRestTest {
    private static final String EVENTS = "/rest/value-matrix/1.0/events";
    private static final int CLIENTS = 8;
    private static final int REQUESTS = 40;
    private static final Instant START = Instant.parse("2001-03-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(90);

    @Test
    void overlappingImportsAtOnce_shouldAnswer200StoreEachEventOnceAndClassifyByOccurrence() throws Exception {
        Api api = TestHost.shared().api();
        List<String> people = people(api, 7);
        Random random = new Random(11);
        String run = "concurrent-" + System.nanoTime() + "-";
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String actor = people.get(random.nextInt(people.size()));
            String counterpart = people.get(random.nextInt(people.size()));
            Instant at = START.plus(Duration.ofDays(4L * random.nextInt(60)));
            events.add(Events.event(run + i, at.toString(), actor, "commented", "ENG", "confluence", counterpart,
                    "Concurrent " + i));
        }
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            List<Map<String, Object>> batch = new ArrayList<>(events);
            Collections.shuffle(batch, random);
            batches.add(batch.subList(0, 20 + random.nextInt(60)));
        }

        List<Api.Reply> replies = postAll(api, batches);

        Map<String, Integer> storedBy = new HashMap<>();
        for (Api.Reply r : replies) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            for (JsonNode result : r.json().get("results")) {
                if (result.get("status").asText().equals("stored")) {
                    storedBy.merge(result.get("sourceId").asText(), 1, Integer::sum);
                }
            }
        }
        assertThat(storedBy.values()).as("answered stored once per source id").allMatch(n -> n == 1);
        Map<String, JsonNode> exported = exported(api, run);
        assertThat(exported.keySet()).as("stored once each").isEqualTo(storedBy.keySet());
        Map<String, String> expected = expectedNovelty(events, exported.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(exported.get(e.getKey()).get("classification").path("novelty").asText(null))
                    .as("novelty of %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static List<Api.Reply> postAll(Api api, List<List<Map<String, Object>>> batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Api.Reply>> sent = new ArrayList<>();
            for (List<Map<String, Object>> batch : batches) {
                String body = Api.json(batch);
                sent.add(pool.submit(() -> api.post(EVENTS, "admin", "application/json", body)));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : sent) {
                replies.add(f.get(5, TimeUnit.MINUTES));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Novelty by the domain's rule, computed here: by tie, in occurrence order, source id between equals. */
    private static Map<String, String> expectedNovelty(List<Map<String, Object>> events, Set<String> stored) {
        Map<String, List<Map<String, Object>>> byTie = new HashMap<>();
        for (Map<String, Object> e : events) {
            String actor = (String) e.get("actor");
            String counterpart = (String) e.get("counterpart");
            if (stored.contains((String) e.get("sourceId")) && !actor.equals(counterpart)) {
                String tie = new TreeSet<>(List.of(actor, counterpart)).toString();
                byTie.computeIfAbsent(tie, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> novelty = new HashMap<>();
        Comparator<Map<String, Object>> order = Comparator.comparing((Map<String, Object> e) ->
                Instant.parse((String) e.get("occurredAt"))).thenComparing(e -> (String) e.get("sourceId"));
        for (List<Map<String, Object>> tie : byTie.values()) {
            tie.sort(order);
            Instant before = null;
            for (Map<String, Object> e : tie) {
                Instant at = Instant.parse((String) e.get("occurredAt"));
                boolean existing = before != null && !before.isBefore(at.minus(WINDOW));
                novelty.put((String) e.get("sourceId"), existing ? "existing" : "new");
                before = at;
            }
        }
        return novelty;
    }

    private static Map<String, JsonNode> exported(Api api, String prefix) {
        Api.Reply r = api.get(EVENTS + "/export?until=2002-01-01T00:00:00Z", "admin");
        assertThat(r.status()).isEqualTo(200);
        Map<String, JsonNode> out = new HashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = Api.parse(line);
            String id = e.get("sourceId").asText();
            if (id.startsWith(prefix)) {
                assertThat(out.put(id, e)).as("exported twice: %s", id).isNull();
            }
        }
        return out;
    }

    private static List<String> people(Api api, int count) {
        List<String> keys = new ArrayList<>();
        for (JsonNode u : api.get("/rest/standalone/1.0/directory", "admin").json().get("users")) {
            if (keys.size() < count) {
                keys.add(u.get("key").asText());
            }
        }
        return keys;
    }
}
