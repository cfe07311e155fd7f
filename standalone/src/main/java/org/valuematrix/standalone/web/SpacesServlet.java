package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spaces.web.SpacesPageServlet;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.DirectorySnapshot;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.team.Team;
import org.valuematrix.support.Html;
import org.valuematrix.team.VisibleTeams;

/**
 * {@code /spaces}: the spaces and projects the viewer may view, with the owning team when the
 * viewer may see it, and, for those who may see host groups, the groups that may view each.
 */
public class SpacesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient LoginRequired login;
    private final transient EmbeddedDirectory directory;
    private final transient OwningTeams teams;
    private final transient PageRenderer pages;

    public SpacesServlet(LoginRequired login, EmbeddedDirectory directory, OwningTeams teams, PageRenderer pages) {
        this.login = login;
        this.directory = directory;
        this.teams = teams;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        DirectorySnapshot snapshot = directory.snapshot();
        Set<String> visible = snapshot.visibleTo(viewer.get());
        VisibleTeams visibleTeams = teams.visibleTo(viewer.get());
        List<Map<String, Object>> spaces = new ArrayList<>();
        List<Map<String, Object>> projects = new ArrayList<>();
        for (DirectoryContainer c : snapshot.containers()) {
            if (visible.contains(c.key())) {
                (c.isSpace() ? spaces : projects).add(row(c, visibleTeams));
            }
        }
        Map<String, Object> ctx = pages.context();
        ctx.put("hasAny", !visible.isEmpty());
        ctx.put("customerSpacesHtml", Html.escape(pages.address().link(SpacesPageServlet.PATH)));
        ctx.put("showAudience", visibleTeams.showsGroups());
        ctx.put("groups", List.of(group("vm.standalone.spaces.spaces", spaces),
                group("vm.standalone.spaces.projects", projects)));
        pages.render(response, 200, pages.messages().text("vm.standalone.spaces.title"), "templates/standalone/spaces.vm",
                ctx, false);
    }

    private Map<String, Object> group(String headingKey, List<Map<String, Object>> rows) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("heading", pages.messages().text(headingKey));
        g.put("hasRows", !rows.isEmpty());
        g.put("rows", rows);
        return g;
    }

    private Map<String, Object> row(DirectoryContainer c, VisibleTeams visibleTeams) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", pages.address().link(c.container().url()));
        m.put("name", c.container().name());
        m.put("key", c.key());
        m.put("owner", teams.owner(c.key(), visibleTeams).map(Team::name)
                .orElse(pages.messages().text("vm.standalone.spaces.none")));
        m.put("audience", visibleTeams.showsGroups() ? String.join(", ", c.viewGroups()) : "");
        return m;
    }
}
