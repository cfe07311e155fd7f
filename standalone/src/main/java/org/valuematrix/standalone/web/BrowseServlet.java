package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentActions;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.support.Html;
import org.valuematrix.team.Team;
import org.valuematrix.web.ProjectMatrix;
import org.valuematrix.web.ProjectMatrixServlet;
import org.valuematrix.web.StreamFragment;

/**
 * Jira-like projects: {@code /browse/KEY} shows recent issues, the activity stream of the
 * project's owning team (core's {@link StreamFragment}, as the Jira project sidebar page does)
 * and that team's compact value matrix (core's {@link ProjectMatrix}, as the sidebar's "Value
 * Matrix" page does in full, linked from here);
 * {@code /browse/KEY-12} shows an issue, and a POST to it comments. A project the viewer may not
 * view answers exactly as a project that does not exist.
 */
public class BrowseServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISSUE = Pattern.compile("([A-Z][A-Z0-9_]*)-([0-9]{1,9})");
    private static final int RECENT = 25;
    private static final int STREAM_LIMIT = 20;

    private final transient LoginRequired login;
    private final transient EmbeddedDirectory directory;
    private final transient ContentStore store;
    private final transient ContentActions actions;
    private final transient ContentView view;
    private final transient OwningTeams teams;
    private final transient StreamFragment fragment;
    private final transient ProjectMatrix matrix;
    private final transient PageRenderer pages;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public BrowseServlet(LoginRequired login, EmbeddedDirectory directory, ContentStore store, ContentActions actions,
            ContentView view, OwningTeams teams, StreamFragment fragment, ProjectMatrix matrix, PageRenderer pages) {
        this.login = login;
        this.directory = directory;
        this.store = store;
        this.actions = actions;
        this.view = view;
        this.teams = teams;
        this.fragment = fragment;
        this.matrix = matrix;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        String key = key(request);
        Optional<DirectoryContainer> project = project(key, viewer.get());
        Optional<Content> issue = Optional.empty();
        if (project.isEmpty()) {
            Matcher m = ISSUE.matcher(key);
            project = m.matches() ? project(m.group(1), viewer.get()) : Optional.empty();
            issue = project.flatMap(p -> store.bySlug(p.key(), key));
        }
        if (project.isEmpty() || (!key.equals(project.get().key()) && issue.isEmpty())) {
            pages.notFound(response);
        } else if (issue.isPresent()) {
            pages.render(response, 200, issue.get().slug() + " " + issue.get().title(), "templates/standalone/page.vm",
                    view.model(request, viewer.get(), issue.get(), project.get()), true);
        } else {
            project(response, viewer.get(), project.get());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        if (!Csrf.isValid(request)) {
            pages.badRequest(response, pages.messages().text("vm.standalone.login.expired"));
            return;
        }
        String key = key(request);
        Matcher m = ISSUE.matcher(key);
        Optional<Content> issue = m.matches() ? store.bySlug(m.group(1), key) : Optional.empty();
        if (issue.isEmpty()) {
            pages.notFound(response);
            return;
        }
        FormActions.run(response, pages, () -> issue.get().url() + "#comment-"
                + actions.comment(viewer.get(), issue.get().id(), request.getParameter("body")).id());
    }

    private void project(HttpServletResponse response, String viewer, DirectoryContainer project) throws IOException {
        Optional<Team> owner = teams.owner(project.key(), teams.visibleTo(viewer));
        Map<String, Object> ctx = pages.context();
        ctx.put("spacesHtml", Html.escape(pages.address().link(HostPaths.SPACES)));
        ctx.put("nameHtml", Html.escape(project.container().name()));
        ctx.put("descriptionHtml", Html.escape(project.description()));
        ctx.put("ownerHtml", Html.escape(owner.map(t -> pages.messages().text("vm.standalone.space.owner", t.name()))
                .orElse(pages.messages().text("vm.standalone.spaces.none"))));
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Content c : store.recent(project.key(), RECENT)) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("url", pages.address().link(c.url()));
            i.put("key", c.slug());
            i.put("title", c.title());
            i.put("meta", view.name(c.author()) + " · " + ContentView.when(c.createdAt()));
            issues.add(i);
        }
        ctx.put("issues", issues);
        ctx.put("hasTeam", owner.isPresent());
        ctx.put("streamHtml", owner.map(t -> fragment.render(viewer,
                StreamFilter.latest(STREAM_LIMIT).withTeams(Set.of(t.key())), false)).orElse(""));
        ctx.put("matrixHtml", matrix.renderOrRefuse(viewer, project.key(), false));
        ctx.put("projectMatrixHtml", Html.escape(pages.address().link(ProjectMatrixServlet.PATH) + "?key="
                + java.net.URLEncoder.encode(project.key(), java.nio.charset.StandardCharsets.UTF_8)));
        pages.render(response, 200, project.container().name(), "templates/standalone/project.vm", ctx, true);
    }

    /** @return the project, if it exists and the viewer may view it */
    private Optional<DirectoryContainer> project(String key, String viewer) {
        return directory.snapshot().container(key).filter(c -> !c.isSpace())
                .filter(c -> directory.snapshot().canView(viewer, c.key()));
    }

    private static String key(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 || path.indexOf('/', 1) >= 0 ? "" : path.substring(1);
    }
}
