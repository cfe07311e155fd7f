package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.User;
import org.valuematrix.standalone.spi.StandaloneAuthentication;
import org.valuematrix.support.Html;

/** The login form ({@code /login}): username and password, then back to where the user was going. */
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EmbeddedDirectory directory;
    private final transient StandaloneAuthentication authentication;
    private final transient PageRenderer pages;

    public LoginServlet(EmbeddedDirectory directory, StandaloneAuthentication authentication, PageRenderer pages) {
        this.directory = directory;
        this.authentication = authentication;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, 200, "", "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = value(request, "os_username");
        if (!Csrf.isValid(request)) {
            show(request, response, 400, username, pages.messages().text("vm.standalone.login.expired"));
            return;
        }
        Optional<User> user = directory.authenticate(username, value(request, "os_password"));
        if (user.isEmpty()) {
            show(request, response, 401, username, pages.messages().text("vm.standalone.login.failed"));
            return;
        }
        authentication.logIn(request, user.get());
        Csrf.token(request);
        response.sendRedirect(SafeRedirect.target(request.getParameter("next"), pages.address()));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String username, String error)
            throws IOException {
        Map<String, Object> ctx = pages.context();
        ctx.put("actionHtml", Html.escape(pages.address().link(HostPaths.LOGIN)));
        ctx.put("tokenHtml", Html.escape(Csrf.token(request)));
        ctx.put("nextHtml", Html.escape(SafeRedirect.target(request.getParameter("next"), pages.address())));
        ctx.put("usernameHtml", Html.escape(username));
        ctx.put("errorHtml", Html.escape(error));
        pages.render(response, status, pages.messages().text("vm.standalone.login.title"), "templates/standalone/login.vm",
                ctx, false);
    }

    private static String value(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v;
    }
}
