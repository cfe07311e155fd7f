package org.valuematrix.plugin.common;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.spi.Authentication;
import org.valuematrix.web.MatrixMacro;

/**
 * {@code GET /plugins/servlet/value-matrix/matrix-fragment?team=&period=}: one team's (or, without
 * {@code team}, the organisation's) compact matrix and stage, the value-matrix macro's HTML
 * rendered and escaped by core, for views that load it into a page region: the Jira dashboard
 * item. Who sees what, and the error box for a wrong parameter, are the macro's.
 */
public class MatrixFragmentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient MatrixMacro macro;
    private final transient Authentication authentication;

    public MatrixFragmentServlet(MatrixMacro macro, Authentication authentication) {
        this.macro = macro;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Optional<String> viewer = authentication.userKey(request);
        if (viewer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : new String[] {"team", "period"}) {
            String value = request.getParameter(name);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        parameters.put("mode", "compact");
        response.getWriter().write(macro.render(parameters, viewer.get()));
    }
}
