package org.valuematrix.standalone.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.rest.Responses;

/** Errors the host answers on REST paths itself, in the shape core's resources use. */
final class RestErrors {
    private RestErrors() {
    }

    /** @param contextPath the context the request was for: "" at the root, else e.g. {@code /confluence} */
    static boolean isRest(String uri, String contextPath) {
        if (uri == null || !uri.startsWith(contextPath)) {
            return false;
        }
        String path = uri.substring(contextPath.length());
        return path.equals(HostPaths.REST) || path.startsWith(HostPaths.REST + "/");
    }

    static void write(HttpServletResponse response, int status, List<String> messages, Map<String, String> errors)
            throws IOException {
        write(response, status, Responses.errorJson(status, messages, errors));
    }

    static void write(HttpServletResponse response, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Responses.JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
