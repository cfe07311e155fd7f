package org.valuematrix.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core, run in the page the browser shows. The script is the {@code axe.min.js} that
 * Deque's Selenium artifact bundles (a test dependency): nothing is fetched at test time.
 */
final class Axe {
    /** Impacts that fail a page. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule a page breaks, with the elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {
        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + " at " + targets;
        }
    }

    /** Runs every axe rule (WCAG 2.x A/AA and best practices) on the current document. */
    static List<Violation> run(Chromium browser) {
        browser.js(SOURCE);
        Object raw = browser.jsAsync("axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done('axe failed: ' + e); });");
        String json = String.valueOf(raw);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        List<Violation> out = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    targets.add(node.path("target").toString());
                }
                out.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), targets));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
