package org.valuematrix.standalone.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The default servlet: the context's root goes to the spaces; there is no favicon; any other
 * unknown address is a 404 page.
 */
public class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;

    public RootServlet(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || HostPaths.HOME.equals(path)) {
            response.sendRedirect(pages.address().absolute(HostPaths.SPACES));
        } else if ("/favicon.ico".equals(path)) {
            response.setStatus(204);
        } else {
            pages.notFound(response);
        }
    }
}
