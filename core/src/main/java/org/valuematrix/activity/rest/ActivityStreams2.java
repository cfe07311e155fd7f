package org.valuematrix.activity.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;

/**
 * The stream as a W3C Activity Streams 2.0 {@code OrderedCollectionPage}. Who responded to whom
 * is {@code to}; the container is {@code target}; scope and novelty use the {@code vm:}
 * extension terms declared in the context. {@code summary} is the sentence the pages show, as
 * HTML (the vocabulary's type for it) with everything escaped and no markup.
 */
final class ActivityStreams2 {
    static final String MEDIA_TYPE = "application/activity+json";
    private static final String NS = "https://www.w3.org/ns/activitystreams";
    private static final String VM_NS = "urn:value-matrix:ns#";

    private ActivityStreams2() {
    }

    /**
     * @param base the canonical base URL every link starts with
     * @param texts the bundle, for each activity's {@code summary}
     */
    static Map<String, Object> page(String base, StreamFilter filter, List<Map<String, Object>> items,
            StreamCursor next, Map<String, String> texts) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of(NS, Map.of("vm", VM_NS)));
        doc.put("id", StreamLinks.page(base, "stream", filter, filter.cursor().orElse(null)));
        doc.put("type", "OrderedCollectionPage");
        if (next != null) {
            doc.put("next", StreamLinks.page(base, "stream", filter, next));
        }
        List<Object> ordered = new ArrayList<>();
        for (Map<String, Object> item : items) {
            ordered.add(activity(base, item, texts));
        }
        doc.put("orderedItems", ordered);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> activity(String base, Map<String, Object> item,
            Map<String, String> texts) {
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        String verb = (String) item.get("verb");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", "urn:value-matrix:event:" + item.get("id"));
        a.put("type", activityType(verb));
        a.put("summary", Sentences.html(texts, item));
        a.put("published", item.get("occurredAt"));
        a.put("actor", person((Map<String, Object>) item.get("actor")));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", objectType((String) object.get("type")));
        o.put("id", StreamLinks.objectId(base, object));
        o.put("name", object.get("title"));
        StreamLinks.link(base, (String) object.get("url")).ifPresent(url -> o.put("url", url));
        a.put("object", o);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "Collection");
        target.put("id", StreamLinks.containerId(base, container));
        target.put("name", container.get("name"));
        a.put("target", target);
        Object counterpart = item.get("counterpart");
        if (counterpart != null) {
            a.put("to", List.of(person((Map<String, Object>) counterpart)));
        }
        a.put("vm:verb", verb);
        a.put("vm:scope", item.get("scope"));
        a.put("vm:novelty", item.get("novelty"));
        a.put("vm:actorTeam", item.get("actorTeam"));
        a.put("vm:counterpartTeam", item.get("counterpartTeam"));
        return a;
    }

    private static Map<String, Object> person(Map<String, Object> p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "Person");
        out.put("id", "urn:value-matrix:user:" + p.get("key"));
        out.put("name", p.get("displayName"));
        return out;
    }

    static String activityType(String verb) {
        switch (verb) {
            case "created":
            case "commented":
            case "replied":
            case "mentioned":
                return "Create";
            case "liked":
                return "Like";
            case "assigned":
                return "Offer";
            default:
                return "Update";
        }
    }

    private static String objectType(String type) {
        switch (type) {
            case "comment":
                return "Note";
            case "blogpost":
                return "Article";
            default:
                return "Page";
        }
    }
}
