package org.valuematrix.plugin.common;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.history.web.HistoryPageServlet;

/**
 * The servlet module's class for {@code /plugins/servlet/value-matrix/admin/history}: the host
 * creates it with constructor injection from our Spring context, and it hands every request to
 * core's page.
 */
public class HistoryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient HistoryPageServlet page;

    public HistoryServlet(HistoryPageServlet page) {
        this.page = page;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        page.service((ServletRequest) request, (ServletResponse) response);
    }
}
