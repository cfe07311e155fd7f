package org.valuematrix.admin.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;

/**
 * {@code POST /admin/rebuild} (administrators; {@code {"reclassify":bool}}) queues a rebuild of the
 * rollups and answers 202 with its state, or 409 with the state of the one already queued or
 * running; {@code GET /admin/rebuild} answers the state and progress of the last one, as the
 * database holds it (the same on every node).
 */
@Path("/admin/rebuild")
public class RebuildResource {
    private static final JsonBody BODY = new JsonBody(1_024);

    private final RebuildJobs rebuilds;
    private final Caller caller;

    @Inject
    public RebuildResource(RebuildJobs rebuilds, Caller caller) {
        this.rebuilds = rebuilds;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(rebuilds.status());
        });
    }

    @POST
    @Produces("application/json")
    public Response post(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String admin = caller.admin(request);
            boolean reclassify = reclassify(BODY.readObject(contentType, body, Set.of("reclassify")));
            RebuildJobs.Request r = rebuilds.request(reclassify, admin);
            return Response.status(r.accepted() ? 202 : 409).entity(Json.write(r.status())).type(Responses.JSON)
                    .build();
        });
    }

    private static boolean reclassify(JsonNode n) {
        JsonNode v = n.get("reclassify");
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw BadRequestException.of("reclassify", "must be true or false");
        }
        return v.booleanValue();
    }
}
