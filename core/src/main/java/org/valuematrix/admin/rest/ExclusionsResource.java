package org.valuematrix.admin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.MeasuredPeople;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Directory;

/**
 * People excluded from measurement, for administrators. {@code GET /admin/exclusions} →
 * {@code {"people":[{key,displayName,excludedAt,excludedBy}]}}; {@code POST /admin/exclusions} with
 * {@code {"userKey":"…"}} excludes a person the host knows (201, or 200 when already excluded);
 * {@code DELETE /admin/exclusions/{userKey}} measures them again (204, 404 when not excluded).
 */
@Path("/admin/exclusions")
public class ExclusionsResource {
    private static final JsonBody BODY = new JsonBody(4 * 1_024);

    private final MeasuredPeople people;
    private final Directory directory;
    private final Caller caller;

    @Inject
    public ExclusionsResource(MeasuredPeople people, Directory directory, Caller caller) {
        this.people = people;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(Map.of("people", people.excluded()));
        });
    }

    @POST
    @Produces("application/json")
    public Response exclude(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String admin = caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            if (!n.isObject() || !n.path("userKey").isTextual() || n.get("userKey").asText().isBlank()
                    || n.get("userKey").asText().length() > 255 || n.get("userKey").asText().indexOf('\u0000') >= 0) {
                throw BadRequestException.of("userKey", "must be the user key of a person, at most 255 characters");
            }
            String key = n.get("userKey").asText();
            if (directory.person(key).isEmpty()) {
                throw BadRequestException.of("userKey", "no person has this user key");
            }
            boolean added = people.exclude(key, admin);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("key", key);
            out.put("excluded", true);
            return Response.status(added ? 201 : 200).entity(Json.write(out)).type(Responses.JSON).build();
        });
    }

    @DELETE
    @Path("/{userKey}")
    @Produces("application/json")
    public Response include(@Context HttpServletRequest request, @PathParam("userKey") String userKey) {
        return Responses.guard(() -> {
            String admin = caller.admin(request);
            if (userKey.indexOf('\u0000') >= 0 || !people.include(userKey, admin)) {
                throw new NotFoundException("This person is not excluded.");
            }
            return Response.noContent().build();
        });
    }
}
