package org.valuematrix.plugin.jira;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.web.ProjectMatrixServlet;

/**
 * Target of the project sidebar's "Value Matrix" entry,
 * {@code /plugins/servlet/value-matrix/project-matrix?key=ABC}: the servlet module's class, which
 * the host creates with constructor injection, handing every request to core's page (the matrix
 * of the project's owning team, or why there is none).
 */
public class JiraProjectMatrixServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ProjectMatrixServlet page;

    public JiraProjectMatrixServlet(ProjectMatrixServlet page) {
        this.page = page;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // HttpServlet dispatches GET to core's doGet, anything else to 405.
        page.service((ServletRequest) request, (ServletResponse) response);
    }
}
