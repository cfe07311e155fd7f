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
 * The Velocity model of a stream: every user-supplied value HTML-escaped here, in Java, under
 * a key ending in {@code Html}, so templates print them as they are and Confluence's
 * auto-escaping (which trusts {@code *Html} references) neither double-escapes nor misses one.
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

    @SuppressWarnings("unchecked")
    private Map<String, Object> item(Map<String, Object> item, Instant now, Map<String, String> texts) {
        Map<String, Object> actor = (Map<String, Object>) item.get("actor");
        Map<String, Object> counterpart = (Map<String, Object>) item.get("counterpart");
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        Map<String, Object> actorTeam = (Map<String, Object>) item.get("actorTeam");
        Map<String, Object> counterpartTeam = (Map<String, Object>) item.get("counterpartTeam");
        String verb = (String) item.get("verb");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", item.get("id"));
        v.put("actorHtml", Html.escape((String) actor.get("displayName")));
        v.put("initialsHtml", Html.escape(initials((String) actor.get("displayName"))));
        v.put("titleHtml", Html.escape(title((String) object.get("title"))));
        v.put("urlHtml", Html.safeUrl(web.contextPath(), (String) object.get("url")));
        v.put("containerHtml", Html.escape((String) container.get("name")));
        v.put("containerUrlHtml", Html.safeUrl(web.contextPath(), (String) container.get("url")));
        v.put("counterpartHtml", counterpart == null ? "" : Html.escape((String) counterpart.get("displayName")));
        v.put("hasCounterpart", counterpart != null);
        v.put("actorTeamHtml", actorTeam == null ? "" : Html.escape((String) actorTeam.get("name")));
        v.put("counterpartTeamHtml", counterpartTeam == null ? "" : Html.escape((String) counterpartTeam.get("name")));
        v.put("lineHtml", line(verb, v, texts));
        v.put("whereHtml", Html.fill(texts.getOrDefault("vm.stream.in", "{0}"),
                "<a href=\"" + v.get("containerUrlHtml") + "\">" + v.get("containerHtml") + "</a>"));
        String scope = (String) item.get("scope");
        String novelty = (String) item.get("novelty");
        v.put("scope", scope == null ? "" : scope);
        v.put("scopeLabelHtml", scope == null ? "" : Html.escape(messages.text("vm.scope." + scope)));
        v.put("novelty", novelty == null ? "" : novelty);
        v.put("noveltyLabelHtml", novelty == null ? "" : Html.escape(messages.text("vm.novelty." + novelty)));
        String at = (String) item.get("occurredAt");
        v.put("whenIso", at);
        v.put("whenHtml", Html.escape(RelativeTime.of(Instant.parse(at), now, messages)));
        return v;
    }

    /**
     * The item's sentence from its verb's pattern, so that each language orders who, what and
     * whom its own way ("{0} replied to {2} on {1}"): a pattern with the counterpart, and one
     * ending in {@code .alone} without.
     */
    private static String line(String verb, Map<String, Object> v, Map<String, String> texts) {
        boolean whom = (Boolean) v.get("hasCounterpart");
        String key = "vm.line." + verb + (whom ? "" : ".alone");
        String actor = person(texts, "vm-actor", (String) v.get("actorHtml"), (String) v.get("actorTeamHtml"));
        String object = "<a class=\"vm-object\" href=\"" + v.get("urlHtml") + "\">" + v.get("titleHtml") + "</a>";
        String counterpart = whom
                ? person(texts, "vm-counterpart", (String) v.get("counterpartHtml"), (String) v.get("counterpartTeamHtml"))
                : "";
        return Html.fill(texts.getOrDefault(key, "{0} {1}"), actor, object, counterpart);
    }

    private static String person(Map<String, String> texts, String cssClass, String nameHtml, String teamHtml) {
        String name = "<span class=\"" + cssClass + "\">" + nameHtml + "</span>";
        if (teamHtml.isEmpty()) {
            return name;
        }
        return Html.fill(texts.getOrDefault("vm.stream.person", "{0} ({1})"), name,
                "<span class=\"vm-team\">" + teamHtml + "</span>");
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
