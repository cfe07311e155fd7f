package org.valuematrix.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamPage;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.rest.Json;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.ViewerZones;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.team.TeamVisibility;

/**
 * Renders a stream block, its first page and, through {@link StreamFragmentServlet}, the pages
 * "Load more" and "N new entries" add. Shared by the macro, the full page and the Jira views.
 */
public class StreamFragment {
    private static final String ACTIVITY = "/plugins/servlet/value-matrix/activity";
    private final StreamService stream;
    private final StreamView view;
    private final TemplateRenderer templates;
    private final WebResources web;
    private final TeamVisibility teams;
    private final ViewerZones zones;

    public StreamFragment(StreamService stream, StreamView view, TemplateRenderer templates, WebResources web,
            TeamVisibility teams, ViewerZones zones) {
        this.stream = stream;
        this.view = view;
        this.templates = templates;
        this.web = web;
        this.teams = teams;
        this.zones = zones;
    }

    /**
     * @param viewer the viewer's user key, or null for anonymous
     * @return the zone the viewer reads times and dates in, for date filters too
     */
    public ZoneId zoneOf(String viewer) {
        return zones.zoneOf(viewer);
    }

    /**
     * @param viewer the viewer's user key, or null for anonymous
     * @param filter what to show
     * @param compact one line per entry instead of the full card
     */
    public String render(String viewer, StreamFilter filter, boolean compact) {
        return render(viewer, filter, compact, "", null);
    }

    /**
     * @param clearUrl where the empty state's "Clear filters" leads (the unfiltered page), or
     *     empty for none
     */
    public String render(String viewer, StreamFilter filter, boolean compact, String clearUrl) {
        return render(viewer, filter, compact, clearUrl, null);
    }

    /**
     * @param clearUrl as for {@link #render(String, StreamFilter, boolean, String)}
     * @param title a heading above the stream (a macro's title parameter), or null for none
     */
    public String render(String viewer, StreamFilter filter, boolean compact, String clearUrl, String title) {
        StreamPage page = stream.page(viewer, filter);
        Map<String, Object> ctx = new LinkedHashMap<>();
        // One read of the bundle per render: in the products it is a lookup by prefix in the host's i18n.
        Map<String, String> texts = view.texts();
        java.util.List<Map<String, Object>> items = view.items(page, teams.of(viewer), texts, zones.zoneOf(viewer),
                viewer);
        ctx.put("items", items);
        ctx.put("hasItems", !items.isEmpty());
        ctx.put("legend", view.legend());
        ctx.put("title", title == null ? "" : title.strip());
        ctx.put("t", texts);
        ctx.put("compact", compact);
        ctx.put("nextCursorHtml", page.next().map(c -> Html.escape(c.encode())).orElse(""));
        ctx.put("restUrlHtml", Html.escape(restUrl(filter)));
        ctx.put("fragmentUrlHtml", Html.escape(fragmentUrl(filter, compact)));
        ctx.put("textsHtml", Html.escape(Json.write(StreamView.scriptTexts(texts))));
        ctx.put("contextPathHtml", Html.escape(web.contextPath()));
        ctx.put("clearUrlHtml", Html.escape(clearUrl));
        ctx.put("actorUrlHtml", Html.escape(web.contextPath() + ACTIVITY + "?actor="));
        return templates.render("templates/activity/stream.vm", ctx);
    }

    private String restUrl(StreamFilter filter) {
        return withFilters(new StringBuilder(web.contextPath()).append("/rest/value-matrix/1.0/stream?limit="), filter);
    }

    /** Where the script asks for the next page or the newer entries, rendered as this block's. */
    private String fragmentUrl(StreamFilter filter, boolean compact) {
        return withFilters(new StringBuilder(web.contextPath()).append(StreamFragmentServlet.PATH).append("?mode=")
                .append(compact ? "compact" : "full").append("&limit="), filter);
    }

    private static String withFilters(StringBuilder sb, StreamFilter filter) {
        sb.append(filter.limit());
        for (String[] p : filter.asParameters()) {
            sb.append('&').append(p[0]).append('=').append(java.net.URLEncoder.encode(p[1],
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
