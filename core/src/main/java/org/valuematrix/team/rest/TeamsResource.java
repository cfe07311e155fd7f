package org.valuematrix.team.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.rest.Problems;
import org.valuematrix.rest.Responses;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamStore;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * {@code GET /teams} for every user: the teams they may see (streams name them), with the host
 * groups and positions that define them for administrators only ({@link TeamVisibility});
 * {@code PUT /teams/{key}} and {@code DELETE /teams/{key}} for administrators.
 * Body of PUT: {@code {"name":"Support","kind":"internal","groups":["support"],"position":3}}.
 */
@Path("/teams")
public class TeamsResource {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** A name and a list of host groups. */
    private static final JsonBody BODY = new JsonBody(64 * 1_024);

    private final TeamStore store;
    private final TeamCatalog catalog;
    private final TeamMembership membership;
    private final TeamVisibility visibility;
    private final Caller caller;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public TeamsResource(TeamStore store, TeamCatalog catalog, TeamMembership membership, TeamVisibility visibility,
            Caller caller) {
        this.store = store;
        this.catalog = catalog;
        this.membership = membership;
        this.visibility = visibility;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response list(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            VisibleTeams visible = visibility.of(caller.user(request));
            List<Map<String, Object>> teams = new ArrayList<>();
            for (Team t : store.all()) {
                if (visible.sees(t)) {
                    teams.add(visible.showsGroups() ? TeamJson.write(t) : TeamJson.writeName(t));
                }
            }
            return Responses.ok(Map.of("teams", teams));
        });
    }

    @PUT
    @Path("/{key}")
    @Produces("application/json")
    public Response put(@Context HttpServletRequest request, @PathParam("key") String key,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            Problems problems = new Problems();
            if (!KEY.matcher(key).matches()) {
                problems.add("key", "must be 1–64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
            }
            if (!n.isObject()) {
                problems.add("body", "must be a JSON object");
                problems.throwIfAny();
            }
            String name = n.path("name").isTextual() ? n.get("name").asText().trim() : "";
            // PostgreSQL cannot store NUL in text.
            if (name.isEmpty() || name.length() > 255 || name.indexOf('\u0000') >= 0) {
                problems.add("name", "is required, at most 255 characters, without NUL");
            }
            TeamKind kind = n.path("kind").isTextual() ? TeamKind.parse(n.get("kind").asText()).orElse(null) : null;
            if (kind == null) {
                problems.add("kind", "must be internal, customer or partner");
            }
            List<String> groups = new ArrayList<>();
            if (!n.path("groups").isArray() || n.get("groups").size() == 0) {
                problems.add("groups", "must be a non-empty array of group names");
            } else {
                for (JsonNode g : n.get("groups")) {
                    if (!g.isTextual() || g.asText().isBlank() || g.asText().length() > 255
                            || g.asText().indexOf('\u0000') >= 0) {
                        problems.add("groups", "each group must be a non-blank name of at most 255 characters, without NUL");
                    } else if (!groups.contains(g.asText())) {
                        groups.add(g.asText());
                    }
                }
            }
            Integer position = null;
            if (n.has("position") && !n.get("position").isNull()) {
                if (!n.get("position").canConvertToInt() || n.get("position").asInt() < 0) {
                    problems.add("position", "must be a whole number ≥ 0");
                } else {
                    position = n.get("position").asInt();
                }
            }
            problems.throwIfAny();
            TeamStore.Saved saved = store.put(key, name, kind, groups, position);
            refresh();
            return Response.status(saved.created ? 201 : 200).entity(Json.write(TeamJson.write(saved.team)))
                    .type(Responses.JSON).build();
        });
    }

    @DELETE
    @Path("/{key}")
    @Produces("application/json")
    public Response delete(@Context HttpServletRequest request, @PathParam("key") String key) {
        return Responses.guard(() -> {
            caller.admin(request);
            // A key PUT would refuse names no team (and may hold NUL, which PostgreSQL refuses).
            if (!KEY.matcher(key).matches() || !store.delete(key)) {
                throw new NotFoundException("No team has the key '" + key + "'.");
            }
            refresh();
            return Response.noContent().build();
        });
    }

    private void refresh() {
        catalog.invalidate();
        membership.invalidate();
    }
}
