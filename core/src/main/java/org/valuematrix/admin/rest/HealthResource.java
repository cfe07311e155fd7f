package org.valuematrix.admin.rest;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.health.Health;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;

/**
 * {@code GET /admin/health}, for administrators: {@code {"capture":{queued,dropped,stored,failed},
 * "eventsPerDay":[{day,events}],"jobs":[{key,outcome,startedAt,finishedAt,message}],"rebuild":{…},
 * "tables":[{table,rows}]}} ({@link Health}).
 */
@Path("/admin/health")
public class HealthResource {
    private final Health health;
    private final Caller caller;

    @Inject
    public HealthResource(Health health, Caller caller) {
        this.health = health;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(health.read());
        });
    }
}
