package org.valuematrix.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.admin.health.Health;
import org.valuematrix.spi.Messages;

/** The Health page's template context: the readings of {@link Health}, as text. */
public final class HealthView implements AdminPageServlet.PageContext {
    private final Health health;
    private final Messages messages;

    public HealthView(Health health, Messages messages) {
        this.health = health;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> context() {
        Map<String, Object> read = health.read();
        Map<String, Object> ctx = new LinkedHashMap<>();
        Map<String, Object> capture = (Map<String, Object>) read.get("capture");
        ctx.put("captureText", messages.text("vm.admin.health.capture.line", capture.get("queued"),
                capture.get("dropped"), capture.get("stored"), capture.get("failed")));
        ctx.put("captureDropped", ((Number) capture.get("dropped")).longValue() > 0);
        ctx.put("days", strings((List<Map<String, Object>>) read.get("eventsPerDay")));
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) read.get("jobs")) {
            Map<String, Object> row = strings(List.of(job)).get(0);
            row.put("outcomeText", messages.text("vm.admin.health.outcome." + job.get("outcome")));
            row.put("name", messages.text("vm.admin.health.job." + shortKey((String) job.get("key"))));
            jobs.add(row);
        }
        ctx.put("jobs", jobs);
        Map<String, Object> rebuild = (Map<String, Object>) read.get("rebuild");
        Map<String, Object> progress = (Map<String, Object>) rebuild.get("progress");
        ctx.put("rebuildText", messages.text("vm.admin.rebuild.state." + rebuild.get("state"), progress.get("done"),
                progress.get("total"), rebuild.get("error") == null ? "" : rebuild.get("error")));
        ctx.put("rebuildStarted", text(rebuild.get("startedAt")));
        ctx.put("rebuildFinished", text(rebuild.get("finishedAt")));
        ctx.put("tables", strings((List<Map<String, Object>>) read.get("tables")));
        return ctx;
    }

    private static String shortKey(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<Map<String, Object>> strings(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k, text(v)));
            out.add(m);
        }
        return out;
    }
}
