package org.valuematrix.people.rest;

import javax.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.people.PeopleFinder;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Problems;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Account;

/**
 * {@code GET /people?q=sam&limit=10} for every logged-in user: people whose user name or display
 * name starts with what was typed, among those the caller may learn about ({@code
 * PeopleVisibility}), as {@code {"people":[{"key","username","displayName"}]}}. Pickers build on
 * exactly this shape.
 */
@Path("/people")
public class PeopleResource {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    static final int MAX_QUERY = 100;

    private final PeopleFinder people;
    private final Caller caller;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public PeopleResource(PeopleFinder people, Caller caller) {
        this.people = people;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response find(@Context HttpServletRequest request, @QueryParam("q") String q,
            @QueryParam("limit") String limit) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            Problems problems = new Problems();
            String query = q == null ? "" : q.trim();
            if (query.isEmpty() || query.length() > MAX_QUERY || query.indexOf('\u0000') >= 0) {
                problems.add("q", "is required: 1 to " + MAX_QUERY + " characters of a name, without NUL");
            }
            int max = limit(limit, problems);
            problems.throwIfAny();
            List<Map<String, Object>> out = new ArrayList<>();
            for (Account a : people.find(viewer, query, max)) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("key", a.key());
                p.put("username", a.username());
                p.put("displayName", a.displayName());
                out.add(p);
            }
            return Responses.ok(Map.of("people", out));
        });
    }

    private static int limit(String raw, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }
}
