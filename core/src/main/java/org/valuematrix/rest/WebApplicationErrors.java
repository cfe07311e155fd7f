package org.valuematrix.rest;

import java.util.List;
import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST framework's own refusals in our REST module (no resource at the address, a method or
 * media type the resource does not take) in Atlassian's error shape, keeping their status and
 * headers ({@code Allow} on a 405). Resources themselves answer through {@link Responses#guard}.
 */
@Provider
public class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationErrors.class);

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            LOG.error("Value Matrix REST request failed", exception);
        }
        Response.ResponseBuilder answer = original == null ? Response.status(status) : Response.fromResponse(original);
        String body = Responses.errorJson(status, List.of(Responses.sentence(status)), Map.of());
        return answer.entity(body).type(Responses.JSON).build();
    }
}
