package org.valuematrix.matrix.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.matrix.MatrixSettings;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.SettingsAdministration;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;
import org.valuematrix.team.TeamCatalog;

/**
 * {@code GET /settings} and {@code PUT /settings} (administrators): the matrix's thresholds,
 * baseline window, time zone, first day of week, minimum team size, viewer group and targets, as
 * {@link MatrixSettings#toMap()} writes them. A PUT replaces them all; a missing field takes its
 * default; every bad field is named in one 400 and nothing is saved. Both answer, under
 * {@code rebuild}, whether the rollups are being (or must be) rebuilt for the settings' time zone.
 */
@Path("/settings")
public class SettingsResource {
    private static final JsonBody BODY = new JsonBody(64 * 1_024);

    private final MatrixSettingsStore store;
    private final TeamCatalog catalog;
    private final Caller caller;
    private final SettingsAdministration administration;

    @Inject
    public SettingsResource(MatrixSettingsStore store, TeamCatalog catalog, Caller caller,
            SettingsAdministration administration) {
        this.store = store;
        this.catalog = catalog;
        this.caller = caller;
        this.administration = administration;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            return Responses.ok(withRebuild(store.stored().toMap()));
        });
    }

    @PUT
    @Produces("application/json")
    public Response put(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String admin = caller.admin(request);
            JsonNode n = BODY.read(contentType, body);
            if (!n.isObject()) {
                throw BadRequestException.of("body", "must be a JSON object");
            }
            Map<String, Object> fields = Json.mapper().convertValue(n, new TypeReference<Map<String, Object>>() { });
            // What GET adds about the rebuild is read-only: a settings document read and sent back is accepted.
            fields.remove("rebuild");
            MatrixSettings settings = MatrixSettings.fromMap(fields);
            Map<String, String> errors = new LinkedHashMap<>();
            for (String team : settings.targets().keySet()) {
                if (catalog.team(team).isEmpty()) {
                    errors.put("targets." + team, "no such team");
                }
            }
            if (!errors.isEmpty()) {
                throw new BadRequestException(errors);
            }
            administration.save(store, store.stored(), settings, admin);
            return Responses.ok(withRebuild(settings.toMap()));
        });
    }

    private Map<String, Object> withRebuild(Map<String, Object> settings) {
        Map<String, Object> out = new LinkedHashMap<>(settings);
        out.put("rebuild", administration.rebuild());
        return out;
    }
}
