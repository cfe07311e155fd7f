package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.WebResources;

/** Pages need a logged-in viewer: anonymous visitors go to the login page and come back after. */
public class LoginRequired {
    private final Authentication authentication;
    private final WebResources web;

    public LoginRequired(Authentication authentication, WebResources web) {
        this.authentication = authentication;
        this.web = web;
    }

    /** @return the viewer's key, or empty after redirecting an anonymous visitor to log in */
    public Optional<String> viewer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendRedirect(web.loginUrl(request));
        }
        return viewer;
    }
}
