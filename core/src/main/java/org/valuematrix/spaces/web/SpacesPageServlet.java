package org.valuematrix.spaces.web;

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
import org.valuematrix.spaces.CustomerSpace;
import org.valuematrix.spaces.SpaceAudit;
import org.valuematrix.spaces.SpaceStage;
import org.valuematrix.spaces.SpaceStore;
import org.valuematrix.spaces.SpaceTemplate;
import org.valuematrix.spaces.SpaceViews;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;

/**
 * The customer-facing spaces page at {@value #PATH}: the spaces the viewer may view with their
 * stage, and for internal people the creation form (the wizard's fields); with {@code ?key=} a
 * space's tool page for its moderators (stage, permission diff and pre-opening check before a
 * change, audit trail, expiry). A space the viewer may not view answers as one that does not exist.
 */
public class SpacesPageServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/value-matrix/spaces";
    private static final long serialVersionUID = 1L;
    private static final String REST = "/rest/value-matrix/1.0";

    private final transient Authentication authentication;
    private final transient Directory directory;
    private final transient TeamCatalog teams;
    private final transient SpaceViews views;
    private final transient SpaceStore store;
    private final transient SpaceAudit audit;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;
    private final transient LinkedProjectsView linkedProjects;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public SpacesPageServlet(Authentication authentication, Directory directory, TeamCatalog teams, SpaceViews views,
            SpaceStore store, SpaceAudit audit, TemplateRenderer templates, Messages messages, WebResources web,
            LinkedProjectsView linkedProjects) {
        this.linkedProjects = linkedProjects;
        this.authentication = authentication;
        this.directory = directory;
        this.teams = teams;
        this.views = views;
        this.store = store;
        this.audit = audit;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = authentication.userKey(request);
        if (user.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
            return;
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("restHtml", Html.escape(web.contextPath() + REST));
        ctx.put("pageHtml", Html.escape(web.contextPath() + PATH));
        ctx.put("headHtml", web.headHtml("spaces"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        int status = 200;
        String key = request.getParameter("key");
        if (key != null) {
            Optional<Map<String, Object>> space = views.one(key, user.get());
            Optional<CustomerSpace> stored = store.space(key);
            if (space.isEmpty() || stored.isEmpty()) {
                status = 404;
                ctx.put("notFound", true);
            } else if (!views.moderates(stored.get(), user.get())) {
                status = 403;
                ctx.put("forbidden", true);
            } else {
                tool(ctx, space.get(), stored.get(), user.get());
            }
        } else {
            list(ctx, user.get());
        }
        ctx.putIfAbsent("tool", false);
        ctx.putIfAbsent("notFound", false);
        ctx.putIfAbsent("forbidden", false);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("templates/spaces/page.vm", ctx));
    }

    @SuppressWarnings("unchecked")
    private void tool(Map<String, Object> ctx, Map<String, Object> space, CustomerSpace s, String user) {
        ctx.put("tool", true);
        ctx.put("key", s.key());
        ctx.put("name", s.name());
        ctx.put("stage", s.stage().wire());
        ctx.put("stageName", space.get("stageName"));
        ctx.put("templateName", space.get("templateName"));
        ctx.put("internalGroup", s.internalGroup());
        ctx.put("externalGroups", String.join(", ", s.externalGroups()));
        List<String> mods = new ArrayList<>();
        ((List<Map<String, Object>>) space.get("moderators")).forEach(m -> mods.add((String) m.get("displayName")));
        ctx.put("moderators", String.join(", ", mods));
        ctx.put("expiresOn", s.expiresOn().toString());
        ctx.put("expiresSoon", space.get("expiresSoon"));
        ctx.put("expired", s.expired());
        ctx.put("spaceUrlHtml", Html.escape(web.contextPath() + (space.get("url") == null ? "" : space.get("url"))));
        boolean admin = directory.isAdmin(user);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (SpaceStage st : SpaceStage.values()) {
            if (st != SpaceStage.PUBLIC || admin) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", st.wire());
                m.put("label", messages.text("vm.spaces.stage." + st.wire()));
                m.put("current", st == s.stage());
                stages.add(m);
            }
        }
        ctx.put("stages", stages);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> e : audit.entries(s.key())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.get("at"));
            m.put("actor", directory.person((String) e.get("actor")).map(p -> p.displayName())
                    .orElse(SpaceAudit.SYSTEM.equals(e.get("actor")) ? messages.text("vm.spaces.audit.system")
                            : String.valueOf(e.get("actor"))));
            String action = (String) e.get("action");
            m.put("action", messages.text(action.startsWith("project-") ? "vm.spaces.link.audit." + action
                    : "vm.spaces.audit.action." + action));
            m.put("from", e.get("from") == null ? "" : messages.text("vm.spaces.stage." + e.get("from")));
            m.put("to", e.get("to") == null ? "" : messages.text("vm.spaces.stage." + e.get("to")));
            m.put("reason", e.get("reason") == null ? "" : e.get("reason"));
            m.put("diff", String.join("\n", (List<String>) e.get("diff")));
            entries.add(m);
        }
        ctx.put("audit", entries);
        linkedProjects.fill(ctx, s, user, admin, web.contextPath());
    }

    private void list(Map<String, Object> ctx, String user) {
        List<Map<String, Object>> spaces = views.list(user);
        ctx.put("spaces", spaces);
        ctx.put("hasSpaces", !spaces.isEmpty());
        Set<String> groups = directory.groupsOf(user);
        boolean external = teams.teams().stream()
                .anyMatch(t -> t.kind().isExternal() && t.groups().stream().anyMatch(groups::contains));
        boolean internal = directory.isAdmin(user) || !external;
        ctx.put("canCreate", internal);
        if (!internal) {
            return;
        }
        List<Map<String, Object>> templateList = new ArrayList<>();
        for (SpaceTemplate t : SpaceTemplate.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", t.wire());
            m.put("name", messages.text(t.nameKey()));
            m.put("description", messages.text(t.descriptionKey()));
            templateList.add(m);
        }
        ctx.put("templates", templateList);
        List<Map<String, Object>> teamList = new ArrayList<>();
        for (Team t : teams.teams()) {
            if (t.kind() == TeamKind.INTERNAL) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", t.key());
                m.put("name", t.name());
                teamList.add(m);
            }
        }
        ctx.put("teams", teamList);
    }
}
