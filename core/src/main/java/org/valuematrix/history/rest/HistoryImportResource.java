package org.valuematrix.history.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.history.HistoryImports;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;

/**
 * The history import, for administrators: {@code POST /admin/history-import} with
 * {@code {"since":"YYYY-MM-DD","pauseMillis":n}} (both optional; the pause is per second of a batch's work) queues it and answers 202 with
 * its state, or 409 with the state of the one already queued or running; {@code GET} answers the
 * state and progress as the database holds it (the same on every node); {@code DELETE} cancels
 * the queued or running import (200), or answers 409 when there is none.
 */
@Path("/admin/history-import")
public class HistoryImportResource {
    /** The longest pause after each second of an import batch's work an administrator may ask for. */
    static final long MAX_PAUSE_MILLIS = 60_000;
    private static final JsonBody BODY = new JsonBody(1_024);

    private final HistoryImports imports;
    private final Caller caller;

    @Inject
    public HistoryImportResource(HistoryImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(imports.status());
        });
    }

    @POST
    @Produces("application/json")
    public Response post(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String admin = caller.admin(request);
            JsonNode n = BODY.readObject(contentType, body, Set.of("since", "pauseMillis"));
            HistoryImports.Answer a = imports.request(admin, since(n.get("since")), pause(n.get("pauseMillis")));
            return answer(a, 202);
        });
    }

    @DELETE
    @Produces("application/json")
    public Response delete(@Context HttpServletRequest request) {
        return Responses.guard(() -> answer(imports.cancel(caller.admin(request)), 200));
    }

    private static Response answer(HistoryImports.Answer a, int accepted) {
        return Response.status(a.accepted() ? accepted : 409).entity(Json.write(a.status())).type(Responses.JSON).build();
    }

    private static LocalDate since(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || !v.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw BadRequestException.of("since", "must be a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
            throw BadRequestException.of("since", "must be a date as YYYY-MM-DD");
        }
    }

    private static Long pause(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || v.longValue() < 0 || v.longValue() > MAX_PAUSE_MILLIS) {
            throw BadRequestException.of("pauseMillis", "must be a whole number from 0 to " + MAX_PAUSE_MILLIS);
        }
        return v.longValue();
    }
}
