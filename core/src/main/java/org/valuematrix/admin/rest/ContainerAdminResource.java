package org.valuematrix.admin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.containers.ContainerOwnership;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Problems;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Containers;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamStore;

/**
 * The Containers page, for administrators. {@code GET /admin/containers}: every space and project
 * with its owner and suggested owner, and the count of unmapped ones ({@link ContainerOwnership}).
 * {@code PUT /admin/containers} with {@code {"owners":{"ENG":"eng","OLD":null}}}: assigns (or
 * unmaps) several at once, all or none.
 */
@Path("/admin/containers")
public class ContainerAdminResource {
    static final int MAX_OWNERS = 5_000;
    private static final JsonBody BODY = new JsonBody(1_024 * 1_024);

    private final ContainerOwnership ownership;
    private final Containers containers;
    private final TeamStore store;
    private final TeamCatalog catalog;
    private final Caller caller;

    @Inject
    public ContainerAdminResource(ContainerOwnership ownership, Containers containers, TeamStore store,
            TeamCatalog catalog, Caller caller) {
        this.ownership = ownership;
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
            return Responses.ok(ownership.read());
        });
    }

    @PUT
    @Produces("application/json")
    public Response assign(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            if (!n.isObject() || !n.path("owners").isObject() || n.get("owners").size() == 0
                    || n.get("owners").size() > MAX_OWNERS) {
                throw BadRequestException.of("owners", "must be an object of 1 to " + MAX_OWNERS
                        + " space or project keys, each with a team key or null");
            }
            Problems problems = new Problems();
            Map<String, String> owners = new LinkedHashMap<>();
            Set<String> teams = new HashSet<>();
            store.all().forEach(t -> teams.add(t.key()));
            // One listing, not a look-up per entry: a product answers each look-up from its database.
            Set<String> known = new HashSet<>();
            containers.all().forEach(c -> known.add(c.key()));
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("owners").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = "owners." + e.getKey();
                JsonNode team = e.getValue();
                if (!known.contains(e.getKey())) {
                    problems.add(field, "no space or project has this key");
                } else if (!team.isNull() && !(team.isTextual() && teams.contains(team.asText()))) {
                    problems.add(field, "must be the key of a team or null");
                } else {
                    owners.put(e.getKey(), team.isNull() ? null : team.asText());
                }
            }
            problems.throwIfAny();
            store.setOwners(owners);
            catalog.invalidate();
            return Responses.ok(ownership.read());
        });
    }
}
