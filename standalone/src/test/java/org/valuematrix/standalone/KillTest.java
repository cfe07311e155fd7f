package org.valuematrix.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.Settings;
import org.valuematrix.standalone.support.Api;
import org.valuematrix.standalone.support.ChildHost;
import org.valuematrix.standalone.support.Events;

/**
 * What a crash of the JVM costs: the host runs in a process of its own and is killed with
 * SIGKILL (no shutdown hook, no flush), then started again on the same data directory.
 * Everything the host answered as done is there; only captured host events still waiting in
 * the capture queue may be lost, and those are always the newest ones.
 */
class KillTest {
    private static final String EVENTS = "/rest/value-matrix/1.0/events";
    private static final int ROUNDS = 2;
    private static final int AUTHORS = 4;

    private ChildHost host;

    @AfterEach
    void killWhatAFailureLeftRunning() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void kill_rightAfterAnAnswer_shouldLoseNothingTheHostAnsweredAsStored() throws IOException {
        Path dir = Files.createTempDirectory("vm-kill").resolve("data");
        List<String> sourceIds = new ArrayList<>();
        Map<String, String> pages = new LinkedHashMap<>();
        host = ChildHost.start(dir, 0);
        for (int round = 0; round < ROUNDS; round++) {
            Api api = host.api();
            List<Object> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String id = "kill-" + round + "-" + i;
                sourceIds.add(id);
                batch.add(Events.event(id, "2001-01-0" + (round + 1) + "T10:00:0" + i + "Z", "k-actor", "commented",
                        "ENG", "confluence", "k-counterpart", "Killed " + id));
            }
            String title = "Written before kill " + round;
            String comment = "A comment before kill " + round;
            Api.Reply page = api.post("/rest/standalone/1.0/containers/ENG/content", "admin", "application/json",
                    Api.json(Map.of("title", title, "body", "Its body")));
            assertThat(page.status()).as(page.body()).isEqualTo(201);
            pages.put(page.json().get("url").asText(), comment);
            // A pause after a write, as between two people's actions: H2's background writer,
            // when it runs, has just written, and writes again only half a second later.
            sleep(100);
            Api.Reply commented = api.post("/rest/standalone/1.0/content/" + page.json().get("id").asLong() + "/comments",
                    "admin", "application/json", Api.json(Map.of("body", comment)));
            assertThat(commented.status()).as(commented.body()).isEqualTo(201);
            Api.Reply stored = api.post(EVENTS, "admin", "application/json", Api.json(batch));
            assertThat(stored.json().get("stored").asInt()).as(stored.body()).isEqualTo(10);

            host.kill();
            host = ChildHost.start(dir, 0);

            Set<String> exported = exportedSourceIds(host.api());
            assertThat(exported).as("events answered stored before %d kills", round + 1).containsAll(sourceIds);
            for (Map.Entry<String, String> p : pages.entrySet()) {
                Api.Reply shown = host.api().get(p.getKey(), "admin");
                assertThat(shown.status()).as("page %s after %d kills", p.getKey(), round + 1).isEqualTo(200);
                assertThat(shown.body()).contains(p.getValue());
            }
        }
        host.stop();
    }

    @Test
    void kill_whileContentIsCreated_shouldLoseOnlyTheNewestCapturedEventsAndNoMoreThanTheQueueHolds()
            throws Exception {
        Path dir = Files.createTempDirectory("vm-kill").resolve("data");
        host = ChildHost.start(dir, 0);
        List<Author> authors = new ArrayList<>();
        for (int a = 0; a < AUTHORS; a++) {
            authors.add(new Author(host.api(), a));
        }
        authors.forEach(Thread::start);
        while (authors.stream().mapToInt(Author::acknowledgedCount).sum() < 400
                && authors.stream().allMatch(Thread::isAlive)) {
            Thread.sleep(10);
        }
        host.kill();
        long killedAt = System.nanoTime();
        for (Author a : authors) {
            a.join(TimeUnit.SECONDS.toMillis(60));
        }

        host = ChildHost.start(dir, 0);
        Set<String> exported = exportedSourceIds(host.api());
        int lost = 0;
        int acknowledged = 0;
        long oldestLost = killedAt;
        for (Author a : authors) {
            assertThat(a.refused).as("answers other than 201 before the kill").isEmpty();
            int firstLost = a.firstMissingFrom(exported);
            assertThat(a.acknowledged.subList(firstLost, a.acknowledged.size()))
                    .as("lost events are the newest: none stored after the first lost one").noneMatch(exported::contains);
            for (String url : a.pageUrls) {
                assertThat(host.api().get(url, "admin").status()).as("page %s", url).isEqualTo(200);
            }
            lost += a.acknowledged.size() - firstLost;
            acknowledged += a.acknowledged.size();
            if (firstLost < a.acknowledged.size()) {
                oldestLost = Math.min(oldestLost, a.acknowledgedAt.get(firstLost));
            }
        }
        Settings settings = Settings.defaults();
        assertThat(lost).as("at most what the queue and the batch being written hold (README)")
                .isLessThanOrEqualTo(settings.captureQueueCapacity() + settings.captureBatchSize());
        System.out.printf("capture window at kill: %d of %d acknowledged events lost, acknowledged in the last %d ms%n",
                lost, acknowledged, TimeUnit.NANOSECONDS.toMillis(killedAt - oldestLost));
        host.stop();
    }

    /**
     * Creates pages and comments on them, one request at a time, until the host is gone. Each
     * answered request was captured before it was answered, so one author's answers are in
     * capture order, and the events stored of them must be a prefix.
     */
    private static final class Author extends Thread {
        private final Api api;
        private final int number;
        final List<String> acknowledged = new ArrayList<>();
        final List<Long> acknowledgedAt = new ArrayList<>();
        final List<String> pageUrls = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        Author(Api api, int number) {
            super("author-" + number);
            this.api = api;
            this.number = number;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; ; i++) {
                    Api.Reply page = api.post("/rest/standalone/1.0/containers/ENG/content", "admin",
                            "application/json", Api.json(Map.of("title", "Kill window " + number + "-" + i, "body", "B")));
                    if (page.status() != 201) {
                        refused.add(page.toString());
                        return;
                    }
                    long id = page.json().get("id").asLong();
                    acknowledge("standalone:content:" + id, page.json().get("url").asText());
                    Api.Reply comment = api.post("/rest/standalone/1.0/content/" + id + "/comments", "admin",
                            "application/json", Api.json(Map.of("body", "Comment " + i)));
                    if (comment.status() != 201) {
                        refused.add(comment.toString());
                        return;
                    }
                    acknowledge("standalone:comment:" + comment.json().get("id").asLong(), null);
                }
            } catch (UncheckedIOException hostGone) {
                // The kill ended the loop.
            }
        }

        private synchronized void acknowledge(String sourceId, String pageUrl) {
            acknowledged.add(sourceId);
            acknowledgedAt.add(System.nanoTime());
            if (pageUrl != null) {
                pageUrls.add(pageUrl);
            }
        }

        synchronized int acknowledgedCount() {
            return acknowledged.size();
        }

        /** @return the index of the first acknowledged event not stored, or the count if all are */
        synchronized int firstMissingFrom(Set<String> stored) {
            for (int i = 0; i < acknowledged.size(); i++) {
                if (!stored.contains(acknowledged.get(i))) {
                    return i;
                }
            }
            return acknowledged.size();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> exportedSourceIds(Api api) {
        Api.Reply r = api.get(EVENTS + "/export", "admin");
        assertThat(r.status()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        for (String line : r.body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode e = Api.parse(line);
                ids.add(e.get("sourceId").asText());
            }
        }
        return ids;
    }
}
