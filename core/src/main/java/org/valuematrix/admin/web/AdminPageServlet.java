package org.valuematrix.admin.web;

import javax.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.admin.AuditLog;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;
import org.valuematrix.team.TeamCatalog;

/**
 * The administrators' settings page at {@code /plugins/servlet/value-matrix/admin}: every matrix
 * setting with what each threshold means in plain words, saved through {@code PUT /settings};
 * the rebuild of the rollups with its progress; the erasure of a person's data; the audit list.
 * Anonymous callers are sent to log in; everyone else but administrators is refused (403).
 */
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String REST = "/rest/value-matrix/1.0";

    private final transient Authentication authentication;
    private final transient Caller caller;
    private final transient AdminView view;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    @Inject
    public AdminPageServlet(Authentication authentication, Caller caller, MatrixSettingsStore settings,
            TeamCatalog catalog, RebuildJobs rebuilds, AuditLog audit, TemplateRenderer templates, Messages messages,
            WebResources web) {
        this.authentication = authentication;
        this.caller = caller;
        this.view = new AdminView(settings, catalog, rebuilds, audit, messages);
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
        boolean admin = caller.isAdmin(user.get());
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("forbidden", !admin);
        if (admin) {
            ctx.putAll(view.context());
        }
        ctx.put("restHtml", Html.escape(web.contextPath() + REST));
        ctx.put("headHtml", web.headHtml("admin"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        response.setStatus(admin ? 200 : 403);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("templates/admin/page.vm", ctx));
    }
}
