package org.valuematrix.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers in Atlassian's REST error shape ({@code errorMessages} plus {@code errors} per
 * parameter) and turns every failure into a JSON response: never a stack trace, never an
 * unhandled 5xx page.
 */
public final class Responses {
    public static final String JSON = "application/json;charset=UTF-8";
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private Responses() {
    }

    /** Runs a resource method body, mapping the plugin's exceptions to status codes. */
    public static Response guard(Supplier<Response> body) {
        try {
            return body.get();
        } catch (BadRequestException e) {
            return error(400, List.of(), e.errors());
        } catch (NotAuthenticatedException e) {
            return error(401, List.of("You must log in to use this resource."), Map.of());
        } catch (ForbiddenException e) {
            return error(403, List.of(e.getMessage()), Map.of());
        } catch (NotFoundException e) {
            return error(404, List.of(e.getMessage()), Map.of());
        } catch (RuntimeException e) {
            LOG.error("Value Matrix REST request failed", e);
            return error(500, List.of("The request could not be completed; the server log has the details."), Map.of());
        }
    }

    public static Response ok(Object body) {
        return Response.ok(Json.write(body), JSON).build();
    }

    public static Response error(int status, List<String> messages, Map<String, String> errors) {
        Map<String, Object> body = new TreeMap<>();
        body.put("errorMessages", messages);
        body.put("errors", new TreeMap<>(errors));
        body.put("status", status);
        Response.ResponseBuilder r = Response.status(status).entity(Json.write(body)).type(JSON);
        if (status == 401) {
            r.header("WWW-Authenticate", "Basic realm=\"Value Matrix\"");
        }
        return r.build();
    }
}
