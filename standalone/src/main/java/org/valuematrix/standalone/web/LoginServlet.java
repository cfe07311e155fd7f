package org.valuematrix.standalone.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Messages;
import org.valuematrix.standalone.directory.User;
import org.valuematrix.standalone.spi.LoginAttempt;
import org.valuematrix.standalone.spi.StandaloneAuthentication;
import org.valuematrix.support.Html;

/** The login form ({@code /login}): username and password, then back to where the user was going. */
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StandaloneAuthentication authentication;
    private final transient PageRenderer pages;

    public LoginServlet(StandaloneAuthentication authentication, PageRenderer pages) {
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
        LoginAttempt attempt = authentication.attempt(username, value(request, "os_password"));
        if (attempt.isLocked()) {
            response.setHeader("Retry-After", retryAfter(attempt.locked()));
            show(request, response, 429, username, lockMessage(pages.messages(), attempt.locked()));
            return;
        }
        Optional<User> user = attempt.user();
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

    /** @return the seconds of a {@code Retry-After} header, rounded up */
    static String retryAfter(Duration locked) {
        return String.valueOf((locked.toMillis() + 999) / 1_000);
    }

    /** @return the sentence that says the name is locked and in how many minutes to try again */
    static String lockMessage(Messages messages, Duration locked) {
        long minutes = Math.max(1, (locked.toMillis() + 59_999) / 60_000);
        return messages.text("vm.standalone.login.locked", minutes);
    }

    private static String value(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v;
    }
}
