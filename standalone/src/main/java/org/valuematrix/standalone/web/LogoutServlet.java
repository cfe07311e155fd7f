package org.valuematrix.standalone.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.standalone.spi.StandaloneAuthentication;

/** {@code POST /logout} with the session's token ends the session; a GET cannot log anyone out. */
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StandaloneAuthentication authentication;
    private final transient SiteAddress address;

    public LogoutServlet(StandaloneAuthentication authentication, SiteAddress address) {
        this.authentication = authentication;
        this.address = address;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Csrf.isValid(request)) {
            response.sendError(400, "Missing or expired form token.");
            return;
        }
        authentication.logOut(request);
        response.sendRedirect(address.absolute(HostPaths.LOGIN));
    }
}
