package org.valuematrix.activity.rest;

import javax.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamPage;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Messages;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * {@code GET /stream}: the permission-trimmed cross-team stream, as JSON or, when the client
 * accepts {@code application/activity+json}, as Activity Streams 2.0.
 */
@Path("/stream")
public class StreamResource {
    private final StreamService stream;
    private final StreamPresenter presenter;
    private final TeamVisibility teams;
    private final Caller caller;
    private final Messages messages;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public StreamResource(StreamService stream, StreamPresenter presenter, TeamVisibility teams, Caller caller,
            Messages messages) {
        this.stream = stream;
        this.presenter = presenter;
        this.teams = teams;
        this.caller = caller;
        this.messages = messages;
    }

    @GET
    @Produces({"application/json", ActivityStreams2.MEDIA_TYPE})
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri, @HeaderParam("Accept") String accept) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            VisibleTeams visible = teams.of(viewer);
            StreamFilter filter = new StreamRequestParser(visible::contains).parse(uri.getQueryParameters());
            StreamPage page = stream.page(viewer, filter);
            List<Map<String, Object>> items = presenter.items(page.items(), visible);
            if (accept != null && accept.contains(ActivityStreams2.MEDIA_TYPE)) {
                String body = Json.write(ActivityStreams2.page(request, filter, items, page.next().orElse(null),
                        messages.all()));
                return Response.ok(body, ActivityStreams2.MEDIA_TYPE + ";charset=UTF-8").build();
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("items", items);
            body.put("nextCursor", page.next().map(c -> c.encode()).orElse(null));
            return Responses.ok(body);
        });
    }
}
