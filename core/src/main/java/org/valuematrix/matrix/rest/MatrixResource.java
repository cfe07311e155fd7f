package org.valuematrix.matrix.rest;

import javax.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;

/**
 * The value matrix for the units the caller may see: {@code GET /matrix}
 * ({@code period=week|month|quarter}, {@code from}, {@code to}, {@code team}),
 * {@code GET /matrix/trend} ({@code team}, {@code metric}, {@code weeks} 1–156, default 52),
 * {@code GET /matrix/edges} (as {@code /matrix}) and {@code GET /matrix/stages} ({@code weeks}).
 * Customers and partners are refused (403); see {@code MatrixAudience}.
 */
@Path("/matrix")
public class MatrixResource {
    private final MatrixService matrix;
    private final Caller caller;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public MatrixResource(MatrixService matrix, Caller caller) {
        this.matrix = matrix;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            return Responses.ok(matrix.report(viewer, matrix.query(params(uri))));
        });
    }

    @GET
    @Path("/trend")
    @Produces("application/json")
    public Response trend(@Context HttpServletRequest request, @QueryParam("team") String team,
            @QueryParam("metric") String metric, @QueryParam("weeks") String weeks) {
        return Responses.guard(() -> Responses.ok(matrix.trend(caller.user(request), team, metric, weeks)));
    }

    @GET
    @Path("/edges")
    @Produces("application/json")
    public Response edges(@Context HttpServletRequest request, @Context UriInfo uri) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            return Responses.ok(matrix.edges(viewer, matrix.query(params(uri))));
        });
    }

    @GET
    @Path("/stages")
    @Produces("application/json")
    public Response stages(@Context HttpServletRequest request, @QueryParam("weeks") String weeks) {
        return Responses.guard(() -> Responses.ok(matrix.stages(caller.user(request), weeks)));
    }

    static Map<String, List<String>> params(UriInfo uri) {
        return uri.getQueryParameters();
    }
}
