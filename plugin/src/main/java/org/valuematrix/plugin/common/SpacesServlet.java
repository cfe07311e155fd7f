package org.valuematrix.plugin.common;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spaces.web.SpacesPageServlet;

/**
 * The servlet module's class for {@code /plugins/servlet/value-matrix/spaces}, the customer-facing
 * spaces page that the moderators' space tool opens: the host creates it with constructor
 * injection from our Spring context, and it hands every request to core's page.
 */
public class SpacesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SpacesPageServlet page;

    public SpacesServlet(SpacesPageServlet page) {
        this.page = page;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // The public entry point: HttpServlet dispatches GET to core's doGet, anything else to 405.
        page.service((ServletRequest) request, (ServletResponse) response);
    }
}
