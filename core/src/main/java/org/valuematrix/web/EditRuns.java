package org.valuematrix.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolls consecutive edits of one page by one person into one entry ("updated … 4 times"): an
 * edit joins the run above it when the same person updated the same object in the same place at
 * most an hour before the run's newest edit. Runs form inside one page of the stream only, so keyset paging is
 * untouched: every event is in exactly one entry, and the cursor follows the page's last event.
 */
final class EditRuns {
    static final Duration WINDOW = Duration.ofHours(1);

    private EditRuns() {
    }

    /** One entry: the newest event of its run, and how many events it stands for. */
    static final class Run {
        final Map<String, Object> newest;
        final List<Object> ids = new ArrayList<>();
        Instant earliest;

        Run(Map<String, Object> newest) {
            this.newest = newest;
            this.earliest = Instant.parse((String) newest.get("occurredAt"));
            ids.add(newest.get("id"));
        }

        int size() {
            return ids.size();
        }
    }

    /** @param items presenter items, newest first */
    static List<Run> of(List<Map<String, Object>> items) {
        List<Run> out = new ArrayList<>();
        Run current = null;
        for (Map<String, Object> item : items) {
            Instant at = Instant.parse((String) item.get("occurredAt"));
            if (current != null && joins(current, item, at)) {
                current.ids.add(item.get("id"));
                current.earliest = at;
                continue;
            }
            current = new Run(item);
            out.add(current);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static boolean joins(Run run, Map<String, Object> item, Instant at) {
        Map<String, Object> top = run.newest;
        if (!"updated".equals(top.get("verb")) || !"updated".equals(item.get("verb"))) {
            return false;
        }
        Map<String, Object> a = (Map<String, Object>) top.get("object");
        Map<String, Object> b = (Map<String, Object>) item.get("object");
        Map<String, Object> actorA = (Map<String, Object>) top.get("actor");
        Map<String, Object> actorB = (Map<String, Object>) item.get("actor");
        Map<String, Object> placeA = (Map<String, Object>) top.get("container");
        Map<String, Object> placeB = (Map<String, Object>) item.get("container");
        Instant newest = Instant.parse((String) top.get("occurredAt"));
        return Objects.equals(actorA.get("key"), actorB.get("key")) && Objects.equals(a.get("type"), b.get("type"))
                && Objects.equals(a.get("id"), b.get("id")) && Objects.equals(placeA.get("key"), placeB.get("key"))
                && Duration.between(at, newest).compareTo(WINDOW) <= 0;
    }
}
