package org.valuematrix.activity.rest;

import javax.inject.Inject;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Problems;
import org.valuematrix.rest.Responses;

/**
 * Admin-only bulk exchange of events: {@code POST /events} ingests up to 10,000 events (the
 * shape export writes) and answers per item; {@code GET /events/export} streams every stored
 * event as newline-delimited JSON.
 */
@Path("/events")
public class EventsResource {
    public static final int MAX_EVENTS = 10_000;
    /**
     * An exported line is about 400 bytes (the demo's longest: 440); 1 KiB per event leaves room
     * for long titles. A batch of longer events is split into more requests.
     */
    public static final long MAX_BODY_BYTES = MAX_EVENTS * 1_024L;
    private static final JsonBody BODY = new JsonBody(MAX_BODY_BYTES);

    private final EventIngest ingest;
    private final EventExport export;
    private final Caller caller;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public EventsResource(EventIngest ingest, EventExport export, Caller caller) {
        this.ingest = ingest;
        this.export = export;
        this.caller = caller;
    }

    @POST
    @Produces("application/json")
    public Response post(@Context HttpServletRequest request, @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            caller.admin(request);
            JsonNode root = BODY.read(contentType, body);
            if (!root.isArray()) {
                throw BadRequestException.of("body", "must be a JSON array of events");
            }
            if (root.size() > MAX_EVENTS) {
                throw BadRequestException.of("body", "at most " + MAX_EVENTS + " events per request, got " + root.size());
            }
            List<Map<String, Object>> results = new ArrayList<>();
            List<CapturedEvent> valid = new ArrayList<>();
            List<Map<String, Object>> pending = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                Problems problems = new Problems();
                CapturedEvent e = EventJson.read(root.get(i), problems);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("index", i);
                r.put("sourceId", root.get(i).path("sourceId").isTextual() ? root.get(i).get("sourceId").asText() : null);
                if (e == null) {
                    r.put("status", "rejected");
                    r.put("errors", errors(problems));
                } else {
                    valid.add(e);
                    pending.add(r);
                }
                results.add(r);
            }
            List<IngestOutcome> outcomes = valid.isEmpty() ? List.of() : ingest.ingest(valid);
            for (int i = 0; i < outcomes.size(); i++) {
                pending.get(i).put("status", status(outcomes.get(i)));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("accepted", valid.size());
            answer.put("rejected", root.size() - valid.size());
            answer.put("stored", outcomes.stream().filter(o -> o == IngestOutcome.STORED).count());
            answer.put("results", results);
            return Responses.ok(answer);
        });
    }

    @GET
    @Path("/export")
    @Produces("application/x-ndjson")
    public Response export(@Context HttpServletRequest request, @Context UriInfo uri) {
        return Responses.guard(() -> {
            caller.admin(request);
            StreamFilter filter = new StreamRequestParser(key -> true).parse(onlyTime(uri));
            StreamingOutput body = out -> {
                try (JsonGenerator g = Json.generator(out)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    export.each(filter.since().orElse(null), filter.until().orElse(null), e -> {
                        try {
                            Json.mapper().writeValue(g, EventJson.write(e));
                            g.writeRaw('\n');
                        } catch (java.io.IOException io) {
                            throw new java.io.UncheckedIOException(io);
                        }
                    });
                }
            };
            return Response.ok(body, "application/x-ndjson;charset=UTF-8").build();
        });
    }

    private static Map<String, List<String>> onlyTime(UriInfo uri) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String name : new String[] {"since", "until"}) {
            List<String> v = uri.getQueryParameters().get(name);
            if (v != null) {
                params.put(name, v);
            }
        }
        return params;
    }

    private static Map<String, String> errors(Problems problems) {
        try {
            problems.throwIfAny();
            return Map.of();
        } catch (BadRequestException e) {
            return e.errors();
        }
    }

    private static String status(IngestOutcome outcome) {
        switch (outcome) {
            case STORED: return "stored";
            case EXCLUDED: return "excluded";
            default: return "duplicate";
        }
    }
}
