package org.valuematrix.admin.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.PersonErasure;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;

/**
 * {@code DELETE /people/{userKey}/data} (administrators; body {@code {"reason":"…"}}, JSON like
 * every state change, the reason optional): erases what is stored of the person and excludes them
 * from measurement ({@link PersonErasure}); answers what was erased, or 409 while a rebuild of the
 * rollups runs. The user key need not name a current user: a departed person's data is erasable.
 */
@Path("/people")
public class PersonDataResource {
    private static final JsonBody BODY = new JsonBody(4_096);
    private static final int MAX_REASON = 500;
    private static final int MAX_KEY = 255;

    private final PersonErasure erasure;
    private final Caller caller;

    @Inject
    public PersonDataResource(PersonErasure erasure, Caller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @DELETE
    @Path("/{userKey}/data")
    @Produces("application/json")
    public Response erase(@Context HttpServletRequest request, @PathParam("userKey") String userKey,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String admin = caller.admin(request);
            String reason = reason(BODY.read(contentType, body));
            if (userKey == null || userKey.isBlank() || userKey.length() > MAX_KEY) {
                throw BadRequestException.of("userKey", "must be a user key of 1 to " + MAX_KEY + " characters");
            }
            PersonErasure.Outcome outcome = erasure.erase(userKey, admin, reason);
            if (outcome.refused()) {
                return Responses.error(409, List.of("The rollups are being rebuilt; erase when the rebuild is over."),
                        Map.of());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("userKey", userKey);
            out.put("erasedEvents", outcome.erased());
            out.put("anonymisedEvents", outcome.anonymised());
            out.put("excluded", true);
            return Responses.ok(out);
        });
    }

    private static String reason(JsonNode n) {
        JsonBody.requireObject(n, Set.of("reason"));
        JsonNode v = n.get("reason");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.textValue().length() > MAX_REASON) {
            throw BadRequestException.of("reason", "must be text of at most " + MAX_REASON + " characters");
        }
        return v.textValue().isBlank() ? null : v.textValue();
    }
}
