package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Directory;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamVisibility;

/**
 * {@code /admin/teams} (administrators and the viewer group: who may see host groups): the teams,
 * their groups, sizes and the containers they own.
 */
public class TeamsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient LoginRequired login;
    private final transient Directory directory;
    private final transient TeamCatalog teams;
    private final transient TeamVisibility visibility;
    private final transient PageRenderer pages;

    public TeamsServlet(LoginRequired login, Directory directory, TeamCatalog teams, TeamVisibility visibility,
            PageRenderer pages) {
        this.login = login;
        this.directory = directory;
        this.teams = teams;
        this.visibility = visibility;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        if (!visibility.of(viewer.get()).showsGroups()) {
            pages.forbidden(response, pages.messages().text("vm.standalone.teams.title"));
            return;
        }
        Map<String, String> owners = teams.owners();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Team t : teams.teams()) {
            Set<String> members = new TreeSet<>();
            t.groups().forEach(g -> members.addAll(directory.membersOf(g)));
            List<String> owns = new ArrayList<>();
            owners.forEach((container, team) -> {
                if (team.equals(t.key())) {
                    owns.add(container);
                }
            });
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", t.key());
            m.put("name", t.name());
            m.put("kind", t.kind().wire());
            m.put("groups", String.join(", ", t.groups()));
            m.put("members", members.size());
            m.put("owns", String.join(", ", owns));
            rows.add(m);
        }
        Map<String, Object> ctx = pages.context();
        ctx.put("teams", rows);
        pages.render(response, 200, pages.messages().text("vm.standalone.teams.title"), "templates/standalone/teams.vm",
                ctx, false);
    }
}
