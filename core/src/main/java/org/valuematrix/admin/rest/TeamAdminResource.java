package org.valuematrix.admin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.valuematrix.admin.teams.TeamOverview;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamStore;

/**
 * The Teams page's reads and the home-team order, for administrators. {@code GET /admin/teams}:
 * every team with its member count, and the warnings ({@link TeamOverview}). {@code PUT
 * /admin/teams/order} with {@code {"order":["eng","support"]}}: every team key once, first = the
 * home team of a person in several teams. Teams are created, edited and deleted through
 * {@code /teams/{key}}.
 */
@Path("/admin/teams")
public class TeamAdminResource {
    private static final JsonBody BODY = new JsonBody(64 * 1_024);

    private final TeamOverview overview;
    private final TeamStore store;
    private final TeamCatalog catalog;
    private final TeamMembership membership;
    private final Caller caller;

    @Inject
    public TeamAdminResource(TeamOverview overview, TeamStore store, TeamCatalog catalog, TeamMembership membership,
            Caller caller) {
        this.overview = overview;
        this.store = store;
        this.catalog = catalog;
        this.membership = membership;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(overview.read());
        });
    }

    @PUT
    @Path("/order")
    @Produces("application/json")
    public Response order(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            if (!n.isObject() || !n.path("order").isArray()) {
                throw BadRequestException.of("order", "must be an array of every team key, each once");
            }
            List<String> order = new ArrayList<>();
            for (JsonNode k : n.get("order")) {
                if (!k.isTextual() || order.contains(k.asText())) {
                    throw BadRequestException.of("order", "must be an array of every team key, each once");
                }
                order.add(k.asText());
            }
            if (!new HashSet<>(order).equals(keys()) || !store.reorder(order)) {
                throw BadRequestException.of("order", "must name every team exactly once");
            }
            catalog.invalidate();
            membership.invalidate();
            return Responses.ok(overview.read());
        });
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        store.all().forEach(t -> keys.add(t.key()));
        return keys;
    }
}
