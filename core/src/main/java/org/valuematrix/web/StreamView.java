package org.valuematrix.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.stream.StreamPage;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.team.VisibleTeams;

/**
 * The Velocity model of a stream. The products' renderer escapes every printed value but a
 * plain {@code $…Html} reference ({@link org.valuematrix.spi.TemplateEscaping}): markup is built
 * here, with every user-supplied part escaped, under a key ending in {@code Html}; every other
 * value is text, left for the renderer to escape once.
 */
public class StreamView {
    private final StreamPresenter presenter;
    private final Messages messages;
    private final WebResources web;
    private final Clock clock;

    public StreamView(StreamPresenter presenter, Messages messages, WebResources web, Clock clock) {
        this.presenter = presenter;
        this.messages = messages;
        this.web = web;
        this.clock = clock;
    }

    /**
     * @param visible the teams the viewer may see named
     * @param texts the bundle, as {@link #texts()} gave it for this render
     */
    public List<Map<String, Object>> items(StreamPage page, VisibleTeams visible, Map<String, String> texts) {
        Instant now = clock.instant();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : presenter.items(page.items(), visible)) {
            out.add(item(item, now, texts));
        }
        return out;
    }

    /**
     * An item for stream.vm: its sentence and place as HTML made here ({@code lineHtml},
     * {@code whereHtml}, which the template prints through plain {@code $…Html} aliases), every
     * other value as text for the renderer to escape.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> item(Map<String, Object> item, Instant now, Map<String, String> texts) {
        Map<String, Object> actor = (Map<String, Object>) item.get("actor");
        Map<String, Object> counterpart = (Map<String, Object>) item.get("counterpart");
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        String actorName = (String) actor.get("displayName");
        String containerHtml = Html.link(web.contextPath(), (String) container.get("url"), null,
                Html.escape((String) container.get("name")));
        String objectHtml = Html.link(web.contextPath(), (String) object.get("url"), "vm-object",
                Html.escape(title((String) object.get("title"))));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", item.get("id"));
        v.put("initials", initials(actorName));
        v.put("lineHtml", line((String) item.get("verb"), texts,
                person(texts, personLink("vm-actor", actor), (Map<String, Object>) item.get("actorTeam")), objectHtml,
                counterpart == null ? null : person(texts, personLink("vm-counterpart", counterpart),
                        (Map<String, Object>) item.get("counterpartTeam"))));
        v.put("whereHtml", Html.fill(texts.getOrDefault("vm.stream.in", "{0}"), containerHtml));
        String scope = (String) item.get("scope");
        String novelty = (String) item.get("novelty");
        v.put("scope", scope == null ? "" : scope);
        v.put("scopeLabel", scope == null ? "" : messages.text("vm.scope." + scope));
        v.put("novelty", novelty == null ? "" : novelty);
        v.put("noveltyLabel", novelty == null ? "" : messages.text("vm.novelty." + novelty));
        String at = (String) item.get("occurredAt");
        v.put("whenIso", at);
        v.put("when", RelativeTime.of(Instant.parse(at), now, messages));
        return v;
    }

    /**
     * The item's sentence from its verb's pattern, so that each language orders who, what and
     * whom its own way ("{0} replied to {2} on {1}"): a pattern with the counterpart, and one
     * ending in {@code .alone} without.
     *
     * @param counterpartHtml null when the event has no counterpart
     */
    private static String line(String verb, Map<String, String> texts, String actorHtml, String objectHtml,
            String counterpartHtml) {
        String key = "vm.line." + verb + (counterpartHtml == null ? ".alone" : "");
        return Html.fill(texts.getOrDefault(key, "{0} {1}"), actorHtml, objectHtml,
                counterpartHtml == null ? "" : counterpartHtml);
    }

    /** A person's name as a link to the activity page filtered by them (their key: what {@code actor=} takes first). */
    private String personLink(String cssClass, Map<String, Object> who) {
        String href = web.contextPath() + "/plugins/servlet/value-matrix/activity?actor="
                + java.net.URLEncoder.encode((String) who.get("key"), java.nio.charset.StandardCharsets.UTF_8);
        return "<a class=\"" + cssClass + "\" href=\"" + Html.escape(href) + "\">"
                + Html.escape((String) who.get("displayName")) + "</a>";
    }

    private static String person(Map<String, String> texts, String nameHtml, Map<String, Object> team) {
        String teamName = team == null ? null : (String) team.get("name");
        if (teamName == null || teamName.isEmpty()) {
            return nameHtml;
        }
        return Html.fill(texts.getOrDefault("vm.stream.person", "{0} ({1})"), nameHtml,
                "<span class=\"vm-team\">" + Html.escape(teamName) + "</span>");
    }

    private String title(String title) {
        return title == null || title.isBlank() ? messages.text("vm.stream.untitled") : title;
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty() && sb.length() < 2) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.length() == 0 ? "?" : sb.toString();
    }

    /** @return every text of the bundle, for templates */
    public Map<String, String> texts() {
        return messages.all();
    }

    /**
     * @param all the bundle, as {@link #texts()} gave it for this render
     * @return the texts the browser script needs to render items it loads, as a JSON-ready map
     */
    public static Map<String, String> scriptTexts(Map<String, String> all) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (e.getKey().startsWith("vm.line.") || e.getKey().startsWith("vm.scope.")
                    || e.getKey().startsWith("vm.novelty.") || e.getKey().startsWith("vm.time.")
                    || e.getKey().startsWith("vm.stream.")) {
                texts.put(e.getKey(), e.getValue());
            }
        }
        return texts;
    }
}
