package org.valuematrix.history.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.history.HistoryImports;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The history import's page at {@code /plugins/servlet/value-matrix/admin/history}: start (with
 * an optional first day), cancel, and a progress bar that follows {@code GET
 * /admin/history-import}. Anonymous callers are sent to log in; everyone else but administrators
 * is refused (403).
 */
public class HistoryPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String REST = "/rest/value-matrix/1.0";

    private final transient Authentication authentication;
    private final transient Caller caller;
    private final transient HistoryImports imports;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    @Inject
    public HistoryPageServlet(Authentication authentication, Caller caller, HistoryImports imports,
            TemplateRenderer templates, Messages messages, WebResources web) {
        this.authentication = authentication;
        this.caller = caller;
        this.imports = imports;
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
            Map<String, Object> status = imports.status();
            ctx.put("state", String.valueOf(status.get("state")));
            ctx.put("items", status.get("items"));
            ctx.put("itemsTotal", Math.max(1L, (Long) status.get("itemsTotal")));
            ctx.put("events", status.get("events"));
        }
        ctx.put("restHtml", Html.escape(web.contextPath() + REST));
        ctx.put("headHtml", web.headHtml("history"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        ctx.put("t", messages.all());
        response.setStatus(admin ? 200 : 403);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render("templates/history/page.vm", ctx));
    }
}
