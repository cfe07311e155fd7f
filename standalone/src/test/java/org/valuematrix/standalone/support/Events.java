package org.valuematrix.standalone.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: events in the exchange shape of POST /events. */
public final class Events {
    private Events() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Map<String, Object> event(String sourceId, String occurredAt, String actor, String verb, String container,
            String product, String counterpart, String title) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sourceId", sourceId);
        e.put("occurredAt", occurredAt);
        e.put("actor", actor);
        e.put("verb", verb);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "page");
        object.put("id", sourceId);
        object.put("title", title);
        object.put("url", "/display/" + container + "/Test");
        e.put("object", object);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("key", container);
        c.put("product", product);
        e.put("container", c);
        e.put("counterpart", counterpart);
        return e;
    }
}
