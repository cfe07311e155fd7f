package org.valuematrix.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.support.Html;

/**
 * The project's value matrix page, {@code /plugins/servlet/value-matrix/project-matrix?key=ABC}:
 * the target of the Jira project sidebar's "Value Matrix" entry ({@link ProjectMatrix}, in full).
 * A customer or partner is refused (403) with the matrix's short notice.
 */
public class ProjectMatrixServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/plugins/servlet/value-matrix/project-matrix";

    private final transient Authentication authentication;
    private final transient ProjectMatrix project;
    private final transient MatrixEmbed embed;
    private final transient TemplateRenderer templates;
    private final transient Messages messages;
    private final transient WebResources web;

    public ProjectMatrixServlet(Authentication authentication, ProjectMatrix project, MatrixEmbed embed,
            TemplateRenderer templates, Messages messages, WebResources web) {
        this.authentication = authentication;
        this.project = project;
        this.embed = embed;
        this.templates = templates;
        this.messages = messages;
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
            return;
        }
        String key = request.getParameter("key");
        int status = 200;
        String embedHtml;
        try {
            embedHtml = project.render(viewer.get(), key, true);
        } catch (ForbiddenException | NotAuthenticatedException e) {
            status = 403;
            embedHtml = embed.refusal(e);
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("t", messages.all());
        boolean named = key != null && !key.isBlank();
        ctx.put("title", named ? messages.text("vm.matrix.project.title", key) : messages.text("vm.matrix.title"));
        ctx.put("embedHtml", embedHtml);
        ctx.put("headHtml", web.headHtml("matrix"));
        ctx.put("bodyTopHtml", web.bodyTopHtml());
        ctx.put("langHtml", Html.escape(messages.locale().toLanguageTag()));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render("templates/matrix/project.vm", ctx));
    }
}
