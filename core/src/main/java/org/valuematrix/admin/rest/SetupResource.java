package org.valuematrix.admin.rest;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.admin.setup.SetupChecklist;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;

/** {@code GET /admin/setup}, for administrators: the Get started checklist ({@link SetupChecklist#read()}). */
@Path("/admin/setup")
public class SetupResource {
    private final SetupChecklist checklist;
    private final Caller caller;

    @Inject
    public SetupResource(SetupChecklist checklist, Caller caller) {
        this.checklist = checklist;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(checklist.read());
        });
    }
}
