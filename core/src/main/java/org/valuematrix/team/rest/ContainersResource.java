package org.valuematrix.team.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamStore;

/**
 * Container ownership, for administrators: {@code GET /containers} lists spaces/projects with
 * their owning team; {@code PUT /containers/{key}/owner} with {@code {"team":"eng"}} (or
 * {@code {"team":null}}) maps or unmaps one.
 */
@Path("/containers")
public class ContainersResource {
    /** {@code {"team":"<key>"}}. */
    private static final JsonBody BODY = new JsonBody(4 * 1_024);

    private final Containers containers;
    private final TeamStore store;
    private final TeamCatalog catalog;
    private final Caller caller;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public ContainersResource(Containers containers, TeamStore store, TeamCatalog catalog, Caller caller) {
        this.containers = containers;
        this.store = store;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            Map<String, String> owners = store.containerOwners();
            List<Map<String, Object>> out = new ArrayList<>();
            for (Container c : containers.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", c.key());
                m.put("name", c.name());
                m.put("product", c.product());
                m.put("owner", owners.get(c.key()));
                out.add(m);
            }
            return Responses.ok(Map.of("containers", out));
        });
    }

    @PUT
    @Path("/{key}/owner")
    @Produces("application/json")
    public Response setOwner(@Context HttpServletRequest request, @PathParam("key") String key,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            if (containers.byKey(key).isEmpty()) {
                throw new NotFoundException("No space or project has the key '" + key + "'.");
            }
            if (!n.isObject() || !n.has("team") || !(n.get("team").isNull() || n.get("team").isTextual())) {
                throw BadRequestException.of("team", "must be a team key or null");
            }
            String team = n.get("team").isNull() ? null : n.get("team").asText();
            if (team != null && store.byKey(team).isEmpty()) {
                throw BadRequestException.of("team", "unknown team '" + team + "'");
            }
            store.setOwner(key, team);
            catalog.invalidate();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("key", key);
            answer.put("owner", team);
            return Response.ok(Json.write(answer), Responses.JSON).build();
        });
    }
}
