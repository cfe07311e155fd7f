package org.valuematrix.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.activity.stream.StreamPage;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.spi.ContentExcerpts;
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
    private final Duration noveltyWindow;
    private final ContentExcerpts excerpts;

    /**
     * @param noveltyWindow how long two people must not have interacted for a tie to be new
     * @param excerpts the host's words of comments, read for the entries shown
     */
    public StreamView(StreamPresenter presenter, Messages messages, WebResources web, Clock clock,
            Duration noveltyWindow, ContentExcerpts excerpts) {
        this.presenter = presenter;
        this.messages = messages;
        this.web = web;
        this.clock = clock;
        this.noveltyWindow = noveltyWindow;
        this.excerpts = excerpts;
    }

    /**
     * The entries of a page, each day's preceded by a heading ({@code day} true, {@code date} the
     * ISO date in the viewer's zone, {@code heading} "Today", "Yesterday" or the date). A page
     * loaded after another starts with the heading of its first entry's day again; the script that
     * appends it drops a heading whose {@code date} equals the last one shown.
     *
     * @param visible the teams the viewer may see named
     * @param texts the bundle, as {@link #texts()} gave it for this render
     * @param zone the viewer's time zone
     * @param viewer the viewer's user key, or null for anonymous
     */
    public List<Map<String, Object>> items(StreamPage page, VisibleTeams visible, Map<String, String> texts,
            ZoneId zone, String viewer) {
        Instant now = clock.instant();
        ViewerTime time = new ViewerTime(zone, now, messages);
        List<Map<String, Object>> out = new ArrayList<>();
        LocalDate shown = null;
        List<Map<String, Object>> presented = presenter.items(page.items(), visible);
        Map<ContentExcerpts.Ref, String> words = excerpts.excerpts(viewer, Excerpts.refs(presented));
        for (EditRuns.Run run : EditRuns.of(presented)) {
            Map<String, Object> item = run.newest;
            Instant at = Instant.parse((String) item.get("occurredAt"));
            LocalDate day = time.dayOf(at);
            if (!day.equals(shown)) {
                Map<String, Object> heading = new LinkedHashMap<>();
                heading.put("day", true);
                heading.put("date", day.toString());
                heading.put("heading", time.heading(day));
                out.add(heading);
                shown = day;
            }
            Map<String, Object> v = item(item, now, texts, run.size());
            v.put("day", false);
            v.put("ids", run.ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")));
            v.put("whenExact", time.exact(at));
            ContentExcerpts.Ref ref = Excerpts.ref(item);
            String excerpt = ref == null ? null : Excerpts.shorten(words.get(ref));
            v.put("excerpt", excerpt == null ? "" : messages.text("vm.stream.quoted", excerpt));
            out.add(v);
        }
        return out;
    }

    /** @return the badges' meanings, for the stream's legend: label and explanation, in the order shown */
    public List<Map<String, Object>> legend() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String scope : new String[] {"within", "across", "external"}) {
            out.add(Map.of("css", "vm-lozenge-" + scope, "label", messages.text("vm.scope." + scope),
                    "hint", messages.text("vm.scope." + scope + ".hint")));
        }
        out.add(Map.of("css", "aui-lozenge-subtle vm-lozenge-participation", "label", messages.text("vm.participation"),
                "hint", messages.text("vm.participation.hint")));
        out.add(Map.of("css", "aui-lozenge-subtle vm-lozenge-new", "label", messages.text("vm.novelty.new"), "hint", noveltyHint()));
        return out;
    }

    private String noveltyHint() {
        return messages.text("vm.novelty.new.hint", noveltyWindow.toDays());
    }

    /**
     * An item for stream.vm: its sentence and place as HTML made here ({@code lineHtml},
     * {@code whereHtml}, which the template prints through plain {@code $…Html} aliases), every
     * other value as text for the renderer to escape.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> item(Map<String, Object> item, Instant now, Map<String, String> texts, int times) {
        Map<String, Object> actor = (Map<String, Object>) item.get("actor");
        Map<String, Object> counterpart = (Map<String, Object>) item.get("counterpart");
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        String actorName = (String) actor.get("displayName");
        String containerHtml = Html.link(web.contextPath(), (String) container.get("url"), null,
                Html.escape((String) container.get("name")));
        String type = (String) object.get("type");
        String key = ContentTypes.issueKey(type, (String) object.get("id"), (String) object.get("url"));
        String rawTitle = (String) object.get("title");
        // Jira's titles start with the key already ("CORE-12 Login fails"): it is shown once.
        if (key != null && rawTitle != null && rawTitle.startsWith(key + " ")) {
            rawTitle = rawTitle.substring(key.length() + 1);
        }
        String titleHtml = Html.escape(title(rawTitle));
        if (key != null) {
            titleHtml = Html.fill(texts.getOrDefault("vm.stream.issue", "{0} {1}"),
                    "<span class=\"vm-issue-key\">" + Html.escape(key) + "</span>", titleHtml);
        }
        String objectHtml = ContentTypes.iconHtml(type, messages)
                + Html.link(web.contextPath(), (String) object.get("url"), "vm-object", titleHtml);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", item.get("id"));
        v.put("initials", initials(actorName));
        v.put("lineHtml", line((String) item.get("verb"), times, texts,
                person(texts, personLink("vm-actor", actor), (Map<String, Object>) item.get("actorTeam")), objectHtml,
                counterpart == null ? null : person(texts, personLink("vm-counterpart", counterpart),
                        (Map<String, Object>) item.get("counterpartTeam"))));
        v.put("whereHtml", Html.fill(texts.getOrDefault("vm.stream.in", "{0}"), containerHtml));
        v.put("statusHtml", status((Map<String, Object>) item.get("status"), texts));
        String scope = (String) item.get("scope");
        String novelty = (String) item.get("novelty");
        // Without a second person an event counts for participation only (value-matrix.md).
        boolean interaction = counterpart != null && !counterpart.get("key").equals(actor.get("key"));
        v.put("participation", !interaction);
        v.put("scope", scope == null ? "" : scope);
        v.put("scopeLabel", scope == null ? "" : messages.text("vm.scope." + scope));
        v.put("scopeHint", scope == null ? "" : messages.text("vm.scope." + scope + ".hint"));
        v.put("participationLabel", messages.text("vm.participation"));
        v.put("participationHint", messages.text("vm.participation.hint"));
        v.put("novelty", novelty == null ? "" : novelty);
        v.put("noveltyLabel", novelty == null ? "" : messages.text("vm.novelty." + novelty));
        v.put("noveltyHint", "new".equals(novelty) ? noveltyHint() : "");
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
    private static String line(String verb, int times, Map<String, String> texts, String actorHtml,
            String objectHtml, String counterpartHtml) {
        String key = "vm.line." + verb + (counterpartHtml == null ? ".alone" : "") + (times > 1 ? ".times" : "");
        return Html.fill(texts.getOrDefault(key, "{0} {1}"), actorHtml, objectHtml,
                counterpartHtml == null ? "" : counterpartHtml, Html.escape(String.valueOf(times)));
    }

    /**
     * Old → new status as lozenges, with the sentence for screen readers ("Status changed from To Do
     * to In Progress"), which would otherwise read the arrow's name; empty without a change.
     */
    private static String status(Map<String, Object> status, Map<String, String> texts) {
        if (status == null) {
            return "";
        }
        String from = (String) status.get("from");
        String toHtml = "<span class=\"aui-lozenge aui-lozenge-current vm-status-to\">" + Html.escape((String) status.get("to"))
                + "</span>";
        String said;
        String shown;
        if (from == null) {
            said = Html.fill(texts.getOrDefault("vm.stream.status.set", "{0}"), Html.escape((String) status.get("to")));
            shown = toHtml;
        } else {
            said = Html.fill(texts.getOrDefault("vm.stream.status.changed", "{0} {1}"), Html.escape(from),
                    Html.escape((String) status.get("to")));
            shown = Html.fill(texts.getOrDefault("vm.stream.status.arrow", "{0} {1}"),
                    "<span class=\"aui-lozenge aui-lozenge-subtle vm-status-from\">" + Html.escape(from) + "</span>",
                    toHtml);
        }
        return "<span class=\"assistive\">" + said + "</span><span aria-hidden=\"true\">" + shown + "</span>";
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
