package org.valuematrix.plugin.jira;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamVisibility;

/**
 * Target of the project sidebar link, {@code /plugins/servlet/value-matrix/project?key=ABC}: the
 * activity page filtered to the project's owning team, or to the project alone when no team owns
 * it. A redirect, so the filtered view is the same shareable page the rest of the plugin links;
 * its {@code Location} is under the canonical base URL, whatever Host the request named.
 * The owning team is named only when the viewer may view the project and see the team: otherwise
 * the answer is the one for a project that does not exist.
 */
public class JiraProjectActivityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ACTIVITY_PAGE = "/plugins/servlet/value-matrix/activity";

    private final transient TeamCatalog teams;
    private final transient TeamVisibility visibility;
    private final transient StreamService stream;
    private final transient Authentication authentication;
    private final transient WebResources web;

    public JiraProjectActivityServlet(TeamCatalog teams, TeamVisibility visibility, StreamService stream,
            Authentication authentication, WebResources web) {
        this.teams = teams;
        this.visibility = visibility;
        this.stream = stream;
        this.authentication = authentication;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        String target = web.baseUrl() + ACTIVITY_PAGE;
        if (key != null && !key.isBlank()) {
            Optional<Team> owner = owner(key, authentication.userKey(request).orElse(null));
            target += owner.map(t -> "?team=" + encode(t.key())).orElseGet(() -> "?container=" + encode(key));
        }
        response.sendRedirect(target);
    }

    private Optional<Team> owner(String key, String viewer) {
        if (viewer == null || !stream.visibleTo(viewer).contains(key)) {
            return Optional.empty();
        }
        return teams.owner(key).filter(visibility.of(viewer)::sees);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
