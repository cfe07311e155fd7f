package org.valuematrix.spaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.rest.Responses;
import org.valuematrix.spaces.CustomerSpace;
import org.valuematrix.spaces.Finding;
import org.valuematrix.spaces.ProjectLinkRequest;
import org.valuematrix.spaces.ProjectLinks;
import org.valuematrix.spaces.SpaceRefusedException;
import org.valuematrix.spaces.SpaceStore;
import org.valuematrix.spaces.SpaceViews;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.ProjectAdministrationException;

/**
 * The projects linked to a customer-facing space: {@code GET /spaces/{key}/projects} (those the
 * caller may see), {@code POST} with {@code {"project","reason","confirm","grant"}} (without
 * {@code confirm} the grants needed and held and the findings; with it the link, or 409 refused)
 * and {@code DELETE /spaces/{key}/projects/{project}} with {@code {"reason"}}. Moderators and
 * administrators only; a space or project the caller may not see answers 404, naming nothing.
 */
@Path("/spaces/{key}/projects")
public class SpaceProjectsResource {
    private static final JsonBody BODY = new JsonBody(4_096);
    private static final Set<String> LINK = Set.of("project", "reason", "confirm", "grant");
    private static final Set<String> UNLINK = Set.of("reason");

    private final ProjectLinks links;
    private final SpaceViews views;
    private final SpaceStore store;
    private final Caller caller;
    private final Messages messages;

    @Inject
    public SpaceProjectsResource(ProjectLinks links, SpaceViews views, SpaceStore store, Caller caller,
            Messages messages) {
        this.links = links;
        this.views = views;
        this.store = store;
        this.caller = caller;
        this.messages = messages;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request, @PathParam("key") String key) {
        return Responses.guard(() -> {
            String user = caller.user(request);
            CustomerSpace s = visible(key, user);
            return Responses.ok(links.list(s, user, caller.isAdmin(user)));
        });
    }

    @POST
    @Produces("application/json")
    public Response link(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            @PathParam("key") String key, InputStream body) {
        return refusals(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            visible(key, user);
            ProjectLinkRequest r = linkBody(BODY.read(contentType, body));
            ProjectLinks.Outcome o = links.link(key, user, caller.isAdmin(user), r);
            if (o.refused() && o.confirmed()) {
                return refusal(409, o.findings());
            }
            return Responses.ok(o.toMap(messages));
        });
    }

    @DELETE
    @Path("/{project}")
    @Produces("application/json")
    public Response unlink(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            @PathParam("key") String key, @PathParam("project") String project, InputStream body) {
        return refusals(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            visible(key, user);
            JsonNode n = BODY.read(contentType, body);
            JsonBody.requireObject(n, UNLINK);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("project", project);
            out.put("removed", ProjectLinks.grantsJson(links.unlink(key, project, user, caller.isAdmin(user),
                    SpaceBodies.text(n, "reason"))));
            return Responses.ok(out);
        });
    }

    private CustomerSpace visible(String key, String user) {
        views.one(key, user).orElseThrow(() -> new NotFoundException(SpacesResource.NOT_FOUND));
        return store.space(key).orElseThrow(() -> new NotFoundException(SpacesResource.NOT_FOUND));
    }

    private static ProjectLinkRequest linkBody(JsonNode n) {
        JsonBody.requireObject(n, LINK);
        String reason = SpaceBodies.text(n, "reason");
        if (reason != null && reason.length() > 1000) {
            throw BadRequestException.of("reason", "must be at most 1000 characters");
        }
        return new ProjectLinkRequest(SpaceBodies.text(n, "project"), reason, flag(n, "confirm", false),
                flag(n, "grant", true));
    }

    private static boolean flag(JsonNode n, String field, boolean otherwise) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isBoolean()) {
            throw BadRequestException.of(field, "must be true or false");
        }
        return v.booleanValue();
    }

    private Response refusals(java.util.function.Supplier<Response> work) {
        return Responses.guard(() -> {
            try {
                return work.get();
            } catch (SpaceRefusedException e) {
                return refusal(e.status(), e.findings());
            } catch (ProjectAdministrationException e) {
                return refusal(409, List.of(Finding.link(Finding.Level.REFUSED, "host", "project", e.getMessage())));
            }
        });
    }

    private Response refusal(int status, List<Finding> findings) {
        return SpaceBodies.refusal(status, findings, messages);
    }
}
