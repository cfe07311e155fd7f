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
import org.valuematrix.people.PeopleFinder;
import org.valuematrix.spi.Account;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.support.Patterns;
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
    private final transient PeopleFinder people;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public ActivityPageServlet(Authentication authentication, StreamFragment fragment, StreamService stream,
            TeamVisibility teams, Containers containers, TemplateRenderer templates, Messages messages, WebResources web,
            PeopleFinder people) {
        this.authentication = authentication;
        this.fragment = fragment;
        this.stream = stream;
        this.teams = teams;
        this.containers = containers;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
        this.people = people;
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
        Set<String> viewable = stream.visibleTo(viewer.get());
        StreamFilter filter = null;
        List<String> problems = new ArrayList<>();
        try {
            filter = new StreamRequestParser(visible::contains).withContainers(viewable::contains)
                    .withPeople(people.resolver(viewer.get())).withZone(fragment.zoneOf(viewer.get())).parse(params);
        } catch (BadRequestException e) {
            e.errors().forEach((k, v) -> problems.add(problem(k, v, params)));
        }
        String action = web.contextPath() + "/plugins/servlet/value-matrix/activity";
        boolean filtered = !FilterForm.shownParameters(params).isEmpty();
        ctx.put("problems", problems);
        ctx.put("hasProblems", !problems.isEmpty());
        // A list that ignored the filters would look like their answer: show none until they are fixed.
        ctx.put("streamHtml", filter == null ? ""
                : fragment.render(viewer.get(), filter, false, filtered ? action : ""));
        FilterForm form = new FilterForm(params);
        ctx.put("teamOptions", form.options("team", teamOptions(visible)));
        ctx.put("scopeOptions", form.options("scope", scopeOptions()));
        ctx.put("verbOptions", form.options("verb", verbOptions()));
        ctx.put("containerOptions", form.options("container", containerOptions(viewable)));
        ctx.put("actorHtml", Html.escape(actorText(viewer.get(), params)));
        form.putTime(ctx, "since");
        form.putTime(ctx, "until");
        ctx.put("peopleUrlHtml", Html.escape(web.contextPath() + "/rest/value-matrix/1.0/people"));
        ctx.put("clearUrlHtml", Html.escape(action));
        ctx.put("filtered", filtered);
        ctx.put("actionHtml", Html.escape(action));
        ctx.put("atomUrlHtml", Html.escape(web.contextPath() + "/rest/value-matrix/1.0/stream.atom"
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
        ctx.put("headHtml", web.headHtml("activity"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        response.setStatus(problems.isEmpty() ? 200 : 400);
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

    private List<String[]> containerOptions(Set<String> visible) {
        List<String[]> out = new ArrayList<>();
        for (Container c : containers.all()) {
            if (visible.contains(c.key())) {
                out.add(new String[] {c.key(), c.name()});
            }
        }
        return out;
    }

    /**
     * A sentence of the bundle for a filter the page could not use, naming the value as given
     * (the person may have typed it); the parser's words where the bundle has none.
     */
    private String problem(String parameter, String parserText, Map<String, List<String>> params) {
        String key = "vm.activity.problem." + parameter;
        String pattern = messages.all().get(key);
        if (pattern == null) {
            return parameter + ": " + parserText;
        }
        return Patterns.fill(pattern, words -> words, String.join(", ", FilterForm.values(params, parameter)));
    }

    /** The people filtered by, as user names where the viewer may learn them: what the picker fills in. */
    private String actorText(String viewer, Map<String, List<String>> params) {
        List<String> out = new ArrayList<>();
        for (String value : FilterForm.values(params, "actor")) {
            out.add(people.account(viewer, value).map(Account::username).orElse(value));
        }
        return String.join(", ", out);
    }
}
