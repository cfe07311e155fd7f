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
    private static final String INTERNAL = "The request could not be completed; the server log has the details.";

    private Responses() {
    }

    /** Runs a resource method body, mapping the plugin's exceptions to status codes. */
    public static Response guard(Supplier<Response> body) {
        try {
            return body.get();
        } catch (BadRequestException e) {
            return error(400, List.of(), e.errors());
        } catch (NotAuthenticatedException e) {
            if (e.fromScript()) {
                // A scheme browsers have no dialog for: the script says the session ended instead.
                return Response.status(401).entity(errorJson(401, List.of(sentence(401)), Map.of())).type(JSON)
                        .header("WWW-Authenticate", "Session realm=\"Value Matrix\"").build();
            }
            return error(401, List.of(sentence(401)), Map.of());
        } catch (ForbiddenException e) {
            return error(403, List.of(e.getMessage()), Map.of());
        } catch (NotFoundException e) {
            return error(404, List.of(e.getMessage()), Map.of());
        } catch (PayloadTooLargeException e) {
            return tooLarge(e.limit());
        } catch (UnsupportedMediaTypeException e) {
            return error(415, List.of(), Map.of("Content-Type", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Value Matrix REST request failed", e);
            return error(500, List.of(INTERNAL), Map.of());
        }
    }

    public static Response ok(Object body) {
        return Response.ok(Json.write(body), JSON).build();
    }

    public static Response error(int status, List<String> messages, Map<String, String> errors) {
        Response.ResponseBuilder r = Response.status(status).entity(errorJson(status, messages, errors)).type(JSON);
        if (status == 401) {
            r.header("WWW-Authenticate", "Basic realm=\"Value Matrix\"");
        }
        return r.build();
    }

    /** @return the 413 answer for a body over {@code limit} bytes */
    public static Response tooLarge(long limit) {
        return Response.status(413).entity(tooLargeJson(limit)).type(JSON).build();
    }

    /** The body of a 413, for hosts that refuse a body before core sees it. */
    public static String tooLargeJson(long limit) {
        return errorJson(413, List.of("The request body is larger than this resource accepts (" + limit + " bytes)."),
                Map.of("body", "must be at most " + limit + " bytes"));
    }

    /** @return a sentence for an error status that says no more than the status does */
    public static String sentence(int status) {
        switch (status) {
            case 400: return "The request could not be understood.";
            case 401: return "You must log in to use this resource.";
            case 403: return "You may not use this resource.";
            case 404: return "Nothing exists at this address.";
            case 405: return "This address does not take this method; the Allow header lists those it takes.";
            case 406: return "This address cannot answer in any type the Accept header allows.";
            case 413: return "The request body is larger than this resource accepts.";
            case 414: return "The address is longer than this server accepts.";
            case 415: return "This address does not read a body of this Content-Type.";
            case 429: return "Too many requests; try again later.";
            case 431: return "The request headers are larger than this server accepts.";
            default: return status >= 500 ? INTERNAL : "The request was refused (HTTP " + status + ").";
        }
    }

    /**
     * The error body alone, for hosts that answer outside JAX-RS (their own filters and error
     * pages): {@code {"errorMessages":[…],"errors":{…},"status":N}}.
     */
    public static String errorJson(int status, List<String> messages, Map<String, String> errors) {
        Map<String, Object> body = new TreeMap<>();
        body.put("errorMessages", messages);
        body.put("errors", new TreeMap<>(errors));
        body.put("status", status);
        return Json.write(body);
    }
}
