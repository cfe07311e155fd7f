package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentActions;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.support.Html;
import org.valuematrix.team.VisibleTeams;

/**
 * Confluence-like spaces: {@code /display/KEY} is the space home (its home page, with macros
 * rendered, then recent pages), {@code /display/KEY/Page+Title} a page. POST to the space
 * creates a page, POST to a page comments on it; both go through {@link ContentActions}.
 * Query parameters {@code teams, scope, spaces, max, mode} override the macros' parameters.
 * A space the viewer may not view answers exactly as a space that does not exist.
 */
public class DisplayServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The slug of a space's home page. */
    public static final String HOME_SLUG = "Home";
    private static final int RECENT = 25;

    private final transient LoginRequired login;
    private final transient EmbeddedDirectory directory;
    private final transient ContentStore store;
    private final transient ContentActions actions;
    private final transient ContentView view;
    private final transient OwningTeams teams;
    private final transient PageRenderer pages;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public DisplayServlet(LoginRequired login, EmbeddedDirectory directory, ContentStore store, ContentActions actions,
            ContentView view, OwningTeams teams, PageRenderer pages) {
        this.login = login;
        this.directory = directory;
        this.store = store;
        this.actions = actions;
        this.view = view;
        this.teams = teams;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        Target target = Target.of(request.getPathInfo());
        Optional<DirectoryContainer> space = target == null ? Optional.empty()
                : directory.snapshot().container(target.space).filter(DirectoryContainer::isSpace)
                        .filter(s -> directory.snapshot().canView(viewer.get(), s.key()));
        if (space.isEmpty()) {
            pages.notFound(response);
        } else if (target.slug == null) {
            home(request, response, viewer.get(), space.get());
        } else {
            Optional<Content> content = store.bySlug(space.get().key(), target.slug)
                    .filter(c -> actions.canView(viewer.get(), c));
            if (content.isEmpty()) {
                pages.notFound(response);
                return;
            }
            pages.render(response, 200, content.get().title(), "templates/standalone/page.vm",
                    view.model(request, viewer.get(), content.get(), space.get()), true);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = login.viewer(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        Target target = Target.of(request.getPathInfo());
        if (target == null || !Csrf.isValid(request)) {
            pages.badRequest(response, pages.messages().text("vm.standalone.login.expired"));
            return;
        }
        FormActions.run(response, pages, () -> {
            if (target.slug == null) {
                return actions.create(viewer.get(), target.space, request.getParameter("title"),
                        request.getParameter("body")).url();
            }
            Content page = store.bySlug(target.space, target.slug).filter(c -> actions.canView(viewer.get(), c))
                    .orElseThrow(() -> new org.valuematrix.rest.NotFoundException("no such page"));
            long id = actions.comment(viewer.get(), page.id(), request.getParameter("body")).id();
            return page.url() + "#comment-" + id;
        });
    }

    private void home(HttpServletRequest request, HttpServletResponse response, String viewer, DirectoryContainer space)
            throws IOException {
        Map<String, Object> ctx = pages.context();
        ctx.put("spacesHtml", Html.escape(pages.address().link(HostPaths.SPACES)));
        ctx.put("nameHtml", Html.escape(space.container().name()));
        ctx.put("descriptionHtml", Html.escape(space.description()));
        VisibleTeams visible = teams.visibleTo(viewer);
        ctx.put("ownerHtml", Html.escape(teams.owner(space.key(), visible)
                .map(t -> pages.messages().text("vm.standalone.space.owner", t.name()))
                .orElse(pages.messages().text("vm.standalone.spaces.none"))));
        String body = store.bySlug(space.key(), HOME_SLUG).map(Content::body).orElse("");
        ctx.put("blocks", view.blocks(request, viewer, body));
        List<Map<String, Object>> recent = new ArrayList<>();
        for (Content c : store.recent(space.key(), RECENT)) {
            if (!actions.canView(viewer, c)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", pages.address().link(c.url()));
            m.put("title", c.title());
            m.put("meta", view.name(c.author()) + " · " + ContentView.when(c.createdAt()));
            recent.add(m);
        }
        ctx.put("pages", recent);
        ctx.put("actionHtml", Html.escape(pages.address().link(space.container().url())));
        ctx.put("tokenHtml", Html.escape(Csrf.token(request)));
        pages.render(response, 200, space.container().name(), "templates/standalone/space.vm", ctx, true);
    }

    /** {@code /KEY} or {@code /KEY/slug}. */
    private static final class Target {
        final String space;
        final String slug;

        private Target(String space, String slug) {
            this.space = space;
            this.slug = slug;
        }

        static Target of(String pathInfo) {
            String path = pathInfo == null ? "" : pathInfo.replaceFirst("^/", "").replaceFirst("/$", "");
            int slash = path.indexOf('/');
            if (path.isEmpty()) {
                return null;
            }
            if (slash < 0) {
                return new Target(path, null);
            }
            String slug = path.substring(slash + 1);
            return slug.isEmpty() || slug.contains("/") ? null : new Target(path.substring(0, slash), slug);
        }
    }
}
