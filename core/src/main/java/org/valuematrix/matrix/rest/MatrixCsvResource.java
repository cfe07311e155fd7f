package org.valuematrix.matrix.rest;

import javax.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;

/**
 * {@code GET /matrix.csv}, with the parameters of {@code GET /matrix}: one row per unit (the
 * organisation first) under a header row, for spreadsheets. REST v1's extension filter leaves
 * {@code .csv} alone, so this path is the same on both REST generations.
 */
@Path("/matrix.csv")
public class MatrixCsvResource {
    private final MatrixService matrix;
    private final Caller caller;

    @Inject
    public MatrixCsvResource(MatrixService matrix, Caller caller) {
        this.matrix = matrix;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            Map<String, Object> report = matrix.report(viewer, matrix.query(MatrixResource.params(uri)));
            byte[] csv = MatrixCsv.write(report).getBytes(StandardCharsets.UTF_8);
            return Response.ok(csv, "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"value-matrix.csv\"").build();
        });
    }
}
