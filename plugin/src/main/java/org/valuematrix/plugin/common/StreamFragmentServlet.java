package org.valuematrix.plugin.common;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The servlet module's class for {@code /plugins/servlet/value-matrix/stream-fragment} (the Jira
 * dashboard item, and "Load more" and "N new entries" on the activity page and macro in both
 * products): the host creates it with constructor injection from our Spring context, and it hands
 * every request to core's fragment servlet, which the standalone host serves at the same path.
 */
public class StreamFragmentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient org.valuematrix.web.StreamFragmentServlet fragment;

    public StreamFragmentServlet(org.valuematrix.web.StreamFragmentServlet fragment) {
        this.fragment = fragment;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        fragment.service((ServletRequest) request, (ServletResponse) response);
    }
}
