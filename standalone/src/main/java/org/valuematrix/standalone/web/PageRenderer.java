package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.standalone.spi.StandaloneWebResources;
import org.valuematrix.support.Html;

/** Renders the host's own pages: a content template inside the common layout (AUI head, header). */
public class PageRenderer {
    private static final String LAYOUT = "templates/standalone/layout.vm";

    private final TemplateRenderer templates;
    private final Messages messages;
    private final StandaloneWebResources web;

    public PageRenderer(TemplateRenderer templates, Messages messages, StandaloneWebResources web) {
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    /** @return a context with the texts ({@code $t}) for a content template */
    public Map<String, Object> context() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("t", messages.all());
        return ctx;
    }

    public Messages messages() {
        return messages;
    }

    /** @return where the host lives, for links ({@link SiteAddress#link}) and redirects ({@link SiteAddress#absolute}) */
    public SiteAddress address() {
        return web.address();
    }

    /**
     * @param title the page title, unescaped
     * @param withStream whether the page shows an activity stream or macros (loads core's activity
     *     and matrix features)
     */
    public void render(HttpServletResponse response, int status, String title, String template,
            Map<String, Object> ctx, boolean withStream) throws IOException {
        Map<String, Object> page = context();
        page.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        page.put("titleHtml", Html.escape(title));
        page.put("headHtml", withStream ? web.headHtml("activity") + web.featureHtml("matrix") : web.baseHeadHtml());
        page.put("bodyTopHtml", web.bodyTopHtml());
        page.put("contentHtml", templates.render(template, ctx));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render(LAYOUT, page));
    }

    public void forbidden(HttpServletResponse response, String what) throws IOException {
        error(response, 403, messages.text("vm.standalone.error.forbidden.title"),
                messages.text("vm.standalone.error.forbidden.text", what));
    }

    public void forbidden(HttpServletResponse response) throws IOException {
        error(response, 403, messages.text("vm.standalone.error.forbidden.title"),
                messages.text("vm.standalone.error.forbidden.generic"));
    }

    public void badRequest(HttpServletResponse response, String problem) throws IOException {
        error(response, 400, messages.text("vm.standalone.error.badrequest.title"), problem);
    }

    public void notFound(HttpServletResponse response) throws IOException {
        error(response, 404, messages.text("vm.standalone.error.notfound.title"),
                messages.text("vm.standalone.error.notfound.text"));
    }

    private void error(HttpServletResponse response, int status, String heading, String text) throws IOException {
        Map<String, Object> ctx = context();
        ctx.put("headingHtml", Html.escape(heading));
        ctx.put("textHtml", Html.escape(text));
        ctx.put("backHtml", Html.escape(address().link(HostPaths.SPACES)));
        render(response, status, heading, "templates/standalone/error.vm", ctx, false);
    }
}
