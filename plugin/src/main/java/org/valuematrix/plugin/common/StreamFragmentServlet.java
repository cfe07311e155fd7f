package org.valuematrix.plugin.common;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.spi.Authentication;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.support.Html;
import org.valuematrix.web.StreamFragment;

/**
 * {@code GET /plugins/servlet/value-matrix/stream-fragment}: the stream block alone (compact by
 * default, 10 items), HTML rendered and escaped by core, for views that load it into a page
 * region: the Jira dashboard item. Takes the stream's REST filters.
 */
public class StreamFragmentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int DEFAULT_LIMIT = 10;

    private final transient StreamFragment fragment;
    private final transient TeamVisibility teams;
    private final transient Authentication authentication;

    public StreamFragmentServlet(StreamFragment fragment, TeamVisibility teams, Authentication authentication) {
        this.fragment = fragment;
        this.teams = teams;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        params.putIfAbsent("limit", List.of(String.valueOf(DEFAULT_LIMIT)));
        boolean compact = !"full".equals(request.getParameter("mode"));
        params.remove("mode");
        StreamFilter filter;
        try {
            filter = new StreamRequestParser(teams.of(viewer.get())::contains)
                    .withZone(fragment.zoneOf(viewer.get())).parse(params);
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
