package org.valuematrix.admin.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The administration area under {@code /plugins/servlet/value-matrix/admin}: Get started (the
 * area's first page), Teams, Containers and Measurement and privacy, with one navigation that also
 * links the history import's page. Each page reads and writes through REST under
 * {@code /rest/value-matrix/1.0}. Anonymous callers are sent to log in; everyone else but
 * administrators is refused (403).
 */
public class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String REST = "/rest/value-matrix/1.0";

    private final transient Authentication authentication;
    private final transient Caller caller;
    private final transient AdminPages pages;
    private final transient Map<String, PageContext> contexts;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    /** What one page adds to the template context. */
    public interface PageContext {
        Map<String, Object> context();
    }

    /** @param contexts page name → what it adds; a page without an entry adds nothing */
    public AdminPageServlet(Authentication authentication, Caller caller, Map<String, PageContext> contexts,
            TemplateRenderer templates, Messages messages, WebResources web) {
        this.authentication = authentication;
        this.caller = caller;
        this.pages = new AdminPages(messages, web);
        this.contexts = Map.copyOf(contexts);
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> page = AdminPages.of(request.getRequestURI(), request.getContextPath());
        if (page.isEmpty()) {
            response.sendError(404);
            return;
        }
        Optional<String> user = authentication.userKey(request);
        if (user.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
            return;
        }
        boolean admin = caller.isAdmin(user.get());
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("forbidden", !admin);
        ctx.put("page", page.get());
        ctx.put("pageTitle", pages.title(page.get()));
        ctx.put("pageDescription", pages.description(page.get()));
        if (admin) {
            ctx.put("nav", pages.navigation(page.get()));
            PageContext own = contexts.get(page.get());
            if (own != null) {
                ctx.putAll(own.context());
            }
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
