package org.valuematrix.admin.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.GroupSearch;

/**
 * The group picker's search, for administrators (host group names are theirs to see):
 * {@code GET /groups?q=sup&limit=20} → {@code {"groups":[{"name":"support","members":12}]}}.
 */
@Path("/groups")
public class GroupsResource {
    static final int MAX = 50;
    private static final int MAX_QUERY = 255;

    private final GroupSearch groups;
    private final Caller caller;

    @Inject
    public GroupsResource(GroupSearch groups, Caller caller) {
        this.groups = groups;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response search(@Context HttpServletRequest request, @QueryParam("q") String q,
            @QueryParam("limit") String limit) {
        return Responses.guard(() -> {
            caller.admin(request);
            String query = q == null ? "" : q.trim();
            if (query.length() > MAX_QUERY || query.indexOf('\u0000') >= 0) {
                throw BadRequestException.of("q", "must be at most " + MAX_QUERY + " characters, without NUL");
            }
            int size = Numbers.parameter("limit", limit, 20, 1, MAX);
            List<Map<String, Object>> out = new ArrayList<>();
            for (GroupSearch.Match m : groups.search(query, size)) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("name", m.name());
                g.put("members", m.members());
                out.add(g);
            }
            return Responses.ok(Map.of("groups", out));
        });
    }
}
