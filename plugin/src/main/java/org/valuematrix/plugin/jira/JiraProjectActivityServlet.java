package org.valuematrix.plugin.jira;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * Target of the project sidebar link, {@code /plugins/servlet/value-matrix/project?key=ABC}: the
 * activity page filtered to the project's owning team, or to the project alone when no team owns
 * it. A redirect, so the filtered view is the same shareable page the rest of the plugin links;
 * its {@code Location} is under the canonical base URL, whatever Host the request named.
 */
public class JiraProjectActivityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ACTIVITY_PAGE = "/plugins/servlet/value-matrix/activity";

    private final transient TeamCatalog teams;
    private final transient WebResources web;

    public JiraProjectActivityServlet(TeamCatalog teams, WebResources web) {
        this.teams = teams;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        String target = web.baseUrl() + ACTIVITY_PAGE;
        if (key != null && !key.isBlank()) {
            Optional<Team> owner = teams.owner(key);
            target += owner.map(t -> "?team=" + encode(t.key())).orElseGet(() -> "?container=" + encode(key));
        }
        response.sendRedirect(target);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
