package org.valuematrix.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditRunsTest {
    private static final Instant T = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void of_shouldRollConsecutiveEditsWithinAnHour_andKeepEveryEventInExactlyOneEntryInOrder() {
        List<Map<String, Object>> items = List.of(
                item(1, "alice", "updated", "p1", 0),
                item(2, "alice", "updated", "p1", 20),
                item(3, "alice", "updated", "p1", 60),
                item(4, "alice", "updated", "p1", 61),
                item(5, "bob", "updated", "p1", 70),
                item(6, "alice", "updated", "p2", 75),
                item(7, "alice", "commented", "p2", 76),
                item(8, "alice", "updated", "p2", 80));

        List<EditRuns.Run> runs = EditRuns.of(items);

        assertThat(runs).extracting(r -> r.ids).containsExactly(List.of(1L, 2L, 3L), List.of(4L), List.of(5L),
                List.of(6L), List.of(7L), List.of(8L));
        List<Object> all = new ArrayList<>();
        runs.forEach(r -> all.addAll(r.ids));
        assertThat(all).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(runs.get(0).newest.get("id")).as("an entry shows its newest edit").isEqualTo(1L);
    }

    private static Map<String, Object> item(long id, String actor, String verb, String object, int minutesBefore) {
        return Map.of("id", id, "occurredAt", T.minusSeconds(60L * minutesBefore).toString(), "verb", verb,
                "actor", Map.of("key", actor), "object", Map.of("type", "page", "id", object),
                "container", Map.of("key", "ENG"));
    }
}
