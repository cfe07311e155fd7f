package org.valuematrix.admin.rest;

import javax.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.AuditLog;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;

/**
 * {@code GET /admin/audit?start=&limit=} (administrators): the audit list, newest first, a page
 * at a time ({@code limit} 1–100, default 25): {@code {"start","limit","size","entries":[…]}}.
 */
@Path("/admin/audit")
public class AuditResource {
    private static final int MAX = 100;

    private final AuditLog audit;
    private final Caller caller;

    @Inject
    public AuditResource(AuditLog audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request, @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        return Responses.guard(() -> {
            caller.admin(request);
            int from = number("start", start, 0, 0, Integer.MAX_VALUE);
            int size = number("limit", limit, 25, 1, MAX);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("start", from);
            out.put("limit", size);
            out.put("size", audit.size());
            out.put("entries", audit.page(from, size));
            return Responses.ok(out);
        });
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw BadRequestException.of(name, "must be a whole number from " + min + " to " + max);
    }
}
