package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.rest.Responses;

/** Any address under {@code /rest} that no REST API serves: a JSON 404, whatever the method. */
final class RestNotFoundServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RestErrors.write(response, 404, List.of(Responses.sentence(404)), Map.of());
    }
}
