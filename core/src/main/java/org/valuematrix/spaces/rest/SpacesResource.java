package org.valuematrix.spaces.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.rest.Responses;
import org.valuematrix.spaces.CustomerSpace;
import org.valuematrix.spaces.Finding;
import org.valuematrix.spaces.SpaceAudit;
import org.valuematrix.spaces.SpaceCreation;
import org.valuematrix.spaces.SpaceRefusedException;
import org.valuematrix.spaces.SpaceStore;
import org.valuematrix.spaces.SpaceViews;
import org.valuematrix.spaces.StageChanges;
import org.valuematrix.spi.Messages;

/**
 * The customer-facing spaces: {@code GET /spaces} (those the caller may view), {@code POST /spaces}
 * (201 with the space; 400 naming a field or a safety rule; 409 for a key in use),
 * {@code GET /spaces/{key}}, {@code POST /spaces/{key}/stage} (moderators and administrators;
 * without {@code confirm} the diff and findings, with it the change or a 409 refusal) and
 * {@code GET /spaces/{key}/audit}. A space the caller may not view answers 404, naming nothing.
 */
@Path("/spaces")
public class SpacesResource {
    private static final JsonBody CREATE_BODY = new JsonBody(16_384);
    private static final JsonBody STAGE_BODY = new JsonBody(4_096);
    static final String NOT_FOUND = "There is no such space.";

    private final SpaceCreation creation;
    private final StageChanges stages;
    private final SpaceViews views;
    private final SpaceStore store;
    private final SpaceAudit audit;
    private final Caller caller;
    private final Messages messages;

    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public SpacesResource(SpaceCreation creation, StageChanges stages, SpaceViews views, SpaceStore store,
            SpaceAudit audit, Caller caller, Messages messages) {
        this.creation = creation;
        this.stages = stages;
        this.views = views;
        this.store = store;
        this.audit = audit;
        this.caller = caller;
        this.messages = messages;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request) {
        return Responses.guard(() -> Responses.ok(views.list(caller.user(request))));
    }

    @POST
    @Produces("application/json")
    public Response create(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return refusals(() -> {
            CREATE_BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            boolean admin = caller.isAdmin(user);
            CustomerSpace s = creation.create(SpaceBodies.create(CREATE_BODY.read(contentType, body)), user, admin);
            return Response.status(201).entity(Json.write(views.view(s, user, admin))).type(Responses.JSON).build();
        });
    }

    @GET
    @Path("/{key}")
    @Produces("application/json")
    public Response one(@Context HttpServletRequest request, @PathParam("key") String key) {
        return Responses.guard(() -> Responses.ok(
                views.one(key, caller.user(request)).orElseThrow(() -> new NotFoundException(NOT_FOUND))));
    }

    @POST
    @Path("/{key}/stage")
    @Produces("application/json")
    public Response stage(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            @PathParam("key") String key, InputStream body) {
        return refusals(() -> {
            STAGE_BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            boolean admin = caller.isAdmin(user);
            views.one(key, user).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            StageChanges.Outcome o = stages.change(key, user, admin, SpaceBodies.stage(STAGE_BODY.read(contentType, body)));
            Map<String, Object> out = o.toMap(messages);
            if (o.refused() && o.confirmed()) {
                return refusal(409, o.findings());
            }
            out.put("space", views.one(key, user).orElse(null));
            return Responses.ok(out);
        });
    }

    @GET
    @Path("/{key}/audit")
    @Produces("application/json")
    public Response audit(@Context HttpServletRequest request, @PathParam("key") String key) {
        return Responses.guard(() -> {
            String user = caller.user(request);
            views.one(key, user).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            CustomerSpace s = store.space(key).orElseThrow(() -> new NotFoundException(NOT_FOUND));
            if (!views.moderates(s, user)) {
                throw new ForbiddenException(Finding.refused("moderatorsOnly", "stage").message(messages));
            }
            return Responses.ok(audit.entries(key));
        });
    }

    private Response refusals(java.util.function.Supplier<Response> work) {
        return Responses.guard(() -> {
            try {
                return work.get();
            } catch (SpaceRefusedException e) {
                return refusal(e.status(), e.findings());
            }
        });
    }

    private Response refusal(int status, List<Finding> findings) {
        return SpaceBodies.refusal(status, findings, messages);
    }
}
