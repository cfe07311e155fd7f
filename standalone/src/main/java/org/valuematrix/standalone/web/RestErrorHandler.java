package org.valuematrix.standalone.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.rest.Responses;

/**
 * Jetty's own error answers: on REST paths in the JSON error shape (never an HTML page, never an
 * exception's text), elsewhere the usual page. A request Jetty cannot parse (a NUL or an empty
 * segment in the path, a line or headers too long) has no trustworthy path, so it is always
 * answered in JSON, with one log line.
 */
final class RestErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestErrorHandler.class);

    private final String contextPath;

    /**
     * @param contextPath the site's context path: an error sent after the servlet returned is
     *     handled outside the context, where the request no longer tells its context path
     */
    RestErrorHandler(String contextPath) {
        this.contextPath = contextPath;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        if (!RestErrors.isRest(request.getRequestURI(), contextPath)) {
            super.generateAcceptableResponse(baseRequest, request, response, code, message);
            return;
        }
        baseRequest.setHandled(true);
        RestErrors.write(response, code, List.of(Responses.sentence(code)), Map.of());
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        LOG.info("Refused a malformed request: {} {}", status, reason == null ? Responses.sentence(status) : reason);
        fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        Map<String, String> errors = reason == null ? Map.of() : Map.of("request", reason);
        return BufferUtil.toBuffer(Responses.errorJson(status, List.of(Responses.sentence(status)), errors),
                StandardCharsets.UTF_8);
    }
}
