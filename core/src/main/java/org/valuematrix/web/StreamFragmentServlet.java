package org.valuematrix.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.people.PeopleFinder;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spi.Authentication;
import org.valuematrix.support.Html;
import org.valuematrix.team.TeamVisibility;

/**
 * {@code GET /plugins/servlet/value-matrix/stream-fragment}: one page of the stream block alone,
 * rendered by {@link StreamFragment} exactly as the page's first, so that "Load more", "N new
 * entries" and the Jira dashboard item add entries that look like it. Takes the page's filters
 * (parsed as the page parses them), {@code cursor}, {@code limit} (10 by default) and
 * {@code mode=full} for the full entries instead of the compact ones.
 */
public class StreamFragmentServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/value-matrix/stream-fragment";
    static final int DEFAULT_LIMIT = 10;
    private static final long serialVersionUID = 1L;

    private final transient Authentication authentication;
    private final transient StreamFragment fragment;
    private final transient StreamService stream;
    private final transient TeamVisibility teams;
    private final transient PeopleFinder people;

    public StreamFragmentServlet(Authentication authentication, StreamFragment fragment, StreamService stream,
            TeamVisibility teams, PeopleFinder people) {
        this.authentication = authentication;
        this.fragment = fragment;
        this.stream = stream;
        this.teams = teams;
        this.people = people;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            // No Basic challenge: browsers would hold the script's request behind a password dialog.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        params.putIfAbsent("limit", List.of(String.valueOf(DEFAULT_LIMIT)));
        boolean compact = !"full".equals(request.getParameter("mode"));
        params.remove("mode");
        Set<String> viewable = stream.visibleTo(viewer.get());
        StreamFilter filter;
        try {
            filter = new StreamRequestParser(teams.of(viewer.get())::contains).withContainers(viewable::contains)
                    .withPeople(people.resolver(viewer.get())).withZone(fragment.zoneOf(viewer.get())).parse(params);
        } catch (BadRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            StringBuilder out = new StringBuilder("<div class=\"aui-message aui-message-error\" role=\"alert\"><ul>");
            e.errors().forEach((k, v) -> out.append("<li>").append(Html.escape(k + ": " + v)).append("</li>"));
            response.getWriter().write(out.append("</ul></div>").toString());
            return;
        }
        response.getWriter().write(fragment.render(viewer.get(), filter, compact));
    }
}
