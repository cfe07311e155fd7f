package org.valuematrix.standalone.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Messages;
import org.valuematrix.standalone.spi.StandaloneAuthentication;

/**
 * HTTP Basic on REST paths, checked before the resource runs (as the products' login filter
 * does): credentials for a name locked after failed logins are answered 429 with the sentence
 * that says when to try again, and a {@code Retry-After} header. Other requests go on, with the
 * caller resolved once for the request.
 */
public class BasicLockFilter implements Filter {
    private final StandaloneAuthentication authentication;
    private final Messages messages;

    public BasicLockFilter(StandaloneAuthentication authentication, Messages messages) {
        this.authentication = authentication;
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Duration locked = authentication.basicLockedFor(request);
        if (locked.isZero()) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Retry-After", LoginServlet.retryAfter(locked));
        RestErrors.write(response, 429, List.of(LoginServlet.lockMessage(messages, locked)), Map.of());
    }
}
