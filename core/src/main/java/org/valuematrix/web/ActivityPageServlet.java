package org.valuematrix.web;

import javax.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * The full-page activity view with filter controls, at
 * {@code /plugins/servlet/value-matrix/activity}. Filters are a plain GET form, so a filtered
 * view is a link people can share.
 */
public class ActivityPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Authentication authentication;
    private final transient StreamFragment fragment;
    private final transient StreamService stream;
    private final transient TeamVisibility teams;
    private final transient Containers containers;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public ActivityPageServlet(Authentication authentication, StreamFragment fragment, StreamService stream,
            TeamVisibility teams, Containers containers, TemplateRenderer templates, Messages messages, WebResources web) {
        this.authentication = authentication;
        this.fragment = fragment;
        this.stream = stream;
        this.teams = teams;
        this.containers = containers;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
            return;
        }
        VisibleTeams visible = teams.of(viewer.get());
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        Map<String, Object> ctx = new LinkedHashMap<>();
        StreamFilter filter;
        int status = 200;
        List<String> problems = new ArrayList<>();
        try {
            filter = new StreamRequestParser(visible::contains, fragment.zoneOf(viewer.get())).parse(params);
        } catch (BadRequestException e) {
            status = 400;
            e.errors().forEach((k, v) -> problems.add(k + ": " + v));
            filter = StreamFilter.latest(StreamFilter.DEFAULT_LIMIT);
        }
        ctx.put("problems", problems);
        ctx.put("hasProblems", !problems.isEmpty());
        ctx.put("streamHtml", fragment.render(viewer.get(), filter, false));
        ctx.put("teamOptions", options(teamOptions(visible), filter.teams()));
        ctx.put("scopeOptions", options(scopeOptions(), wires(filter.scopes())));
        ctx.put("verbOptions", options(verbOptions(), wires(filter.verbs())));
        ctx.put("containerOptions", options(containerOptions(viewer.get()), filter.containers()));
        ctx.put("actorHtml", Html.escape(String.join(",", filter.actors())));
        ctx.put("sinceHtml", Html.escape(param(params, "since")));
        ctx.put("untilHtml", Html.escape(param(params, "until")));
        ctx.put("actionHtml", Html.escape(web.contextPath() + "/plugins/servlet/value-matrix/activity"));
        ctx.put("atomUrlHtml", Html.escape(web.contextPath() + "/rest/value-matrix/1.0/stream.atom"
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
        ctx.put("headHtml", web.headHtml("activity"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("templates/activity/page.vm", ctx));
    }

    private static List<String[]> teamOptions(VisibleTeams visible) {
        List<String[]> out = new ArrayList<>();
        for (Team t : visible.teams()) {
            out.add(new String[] {t.key(), t.name()});
        }
        return out;
    }

    private List<String[]> scopeOptions() {
        List<String[]> out = new ArrayList<>();
        for (Scope s : Scope.values()) {
            out.add(new String[] {s.wire(), messages.text("vm.scope." + s.wire())});
        }
        return out;
    }

    private List<String[]> verbOptions() {
        List<String[]> out = new ArrayList<>();
        for (Verb v : Verb.values()) {
            out.add(new String[] {v.wire(), messages.text("vm.action." + v.wire())});
        }
        return out;
    }

    private List<String[]> containerOptions(String viewer) {
        Set<String> visible = stream.visibleTo(viewer);
        List<String[]> out = new ArrayList<>();
        for (Container c : containers.all()) {
            if (visible.contains(c.key())) {
                out.add(new String[] {c.key(), c.name()});
            }
        }
        return out;
    }

    /** Options as text for page.vm, which prints them as {@code $o.value}: the renderer escapes them. */
    private static List<Map<String, Object>> options(List<String[]> values, Set<String> selected) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] v : values) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", v[0]);
            o.put("label", v[1]);
            o.put("selected", selected.contains(v[0]));
            out.add(o);
        }
        return out;
    }

    private static Set<String> wires(Set<? extends Enum<?>> values) {
        Set<String> out = new java.util.HashSet<>();
        for (Enum<?> e : values) {
            out.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static String param(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }
}
