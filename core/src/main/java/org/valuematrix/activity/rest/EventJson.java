package org.valuematrix.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.rest.Problems;

/**
 * The exchange shape of one event: what {@code GET /events/export} writes per line and what
 * {@code POST /events} takes per array element. Classification is written for analysis and
 * ignored on import: the receiving site classifies with its own teams.
 */
final class EventJson {
    private EventJson() {
    }

    static Map<String, Object> write(ActivityEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("sourceId", e.captured().sourceId());
        m.put("occurredAt", e.occurredAt().toString());
        m.put("actor", e.actor());
        m.put("verb", e.verb().wire());
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", e.object().type());
        object.put("id", e.object().id());
        object.put("title", e.object().title());
        object.put("url", e.object().url());
        m.put("object", object);
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("key", e.containerKey());
        container.put("product", e.captured().product());
        m.put("container", container);
        m.put("counterpart", e.counterpart().orElse(null));
        m.put("status", e.captured().status().map(EventJson::status).orElse(null));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("scope", e.scope().map(s -> s.wire()).orElse(null));
        c.put("novelty", e.novelty().map(n -> n.wire()).orElse(null));
        c.put("actorTeam", e.classification().actorTeam().orElse(null));
        c.put("counterpartTeam", e.classification().counterpartTeam().orElse(null));
        m.put("classification", c);
        return m;
    }

    static Map<String, Object> status(StatusChange st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", st.from().orElse(null));
        m.put("to", st.to());
        return m;
    }

    /** @return the event, or null with the problems recorded (parameter names are JSON paths) */
    static CapturedEvent read(JsonNode n, Problems problems) {
        if (!n.isObject()) {
            problems.add("event", "must be a JSON object");
            return null;
        }
        String sourceId = text(n, "sourceId", 255, true, problems);
        String occurred = text(n, "occurredAt", 64, true, problems);
        Instant at = null;
        if (occurred != null) {
            try {
                at = Instant.parse(occurred);
                // Stored as epoch milliseconds: a year beyond them is bad input, not a failed batch.
                at.toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                at = null;
                problems.add("occurredAt", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
            }
        }
        String actor = text(n, "actor", 255, true, problems);
        String verbText = text(n, "verb", 32, true, problems);
        Verb verb = verbText == null ? null : Verb.parse(verbText).orElse(null);
        if (verbText != null && verb == null) {
            problems.add("verb", "unknown verb '" + verbText + "'");
        }
        JsonNode o = n.path("object");
        JsonNode c = n.path("container");
        if (!o.isObject()) {
            problems.add("object", "must be an object with type, id, title and url");
        }
        if (!c.isObject()) {
            problems.add("container", "must be an object with key and product");
        }
        String type = o.isObject() ? text(o, "type", 32, true, problems, "object.") : null;
        String id = o.isObject() ? text(o, "id", 255, true, problems, "object.") : null;
        String title = o.isObject() ? text(o, "title", 10_000, false, problems, "object.") : null;
        String url = o.isObject() ? text(o, "url", 450, false, problems, "object.") : null;
        String container = c.isObject() ? text(c, "key", 255, true, problems, "container.") : null;
        String product = c.isObject() ? text(c, "product", 32, true, problems, "container.") : null;
        String counterpart = text(n, "counterpart", 255, false, problems);
        JsonNode s = n.path("status");
        String statusFrom = null;
        String statusTo = null;
        if (!s.isMissingNode() && !s.isNull()) {
            if (!s.isObject()) {
                problems.add("status", "must be an object with from and to");
            } else {
                statusFrom = text(s, "from", StatusChange.MAX_LENGTH, false, problems, "status.");
                statusTo = text(s, "to", StatusChange.MAX_LENGTH, true, problems, "status.");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CapturedEvent(sourceId, at, actor, verb, new ActivityObject(type, id, title, url), container, product,
                counterpart, StatusChange.of(statusFrom, statusTo));
    }

    private static String text(JsonNode n, String field, int max, boolean required, Problems problems) {
        return text(n, field, max, required, problems, "");
    }

    private static String text(JsonNode n, String field, int max, boolean required, Problems problems, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + field, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(path + field, "must be a string");
            return null;
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            problems.add(path + field, "must not be blank");
            return null;
        }
        if (s.length() > max) {
            problems.add(path + field, "must be at most " + max + " characters");
            return null;
        }
        return s;
    }
}
