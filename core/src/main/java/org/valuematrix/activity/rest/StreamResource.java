package org.valuematrix.activity.rest;

import javax.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import javax.xml.stream.XMLStreamException;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamPage;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.activity.stream.StreamRequestParser;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.people.PeopleFinder;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * {@code GET /stream}: the permission-trimmed cross-team stream as JSON, as Activity Streams 2.0
 * ({@code Accept: application/activity+json}) or as an Atom feed ({@code Accept:
 * application/atom+xml}: what REST v1 sends here for {@code /stream.atom}).
 */
@Path("/stream")
public class StreamResource {
    static final String ATOM_TYPE = StreamFormat.ATOM.mediaType() + ";charset=UTF-8";

    private final StreamService stream;
    private final StreamPresenter presenter;
    private final TeamVisibility teams;
    private final Caller caller;
    private final Messages messages;
    private final Clock clock;
    private final WebResources web;
    private final PeopleFinder people;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public StreamResource(StreamService stream, StreamPresenter presenter, TeamVisibility teams, Caller caller,
            Messages messages, Clock clock, WebResources web, PeopleFinder people) {
        this.stream = stream;
        this.presenter = presenter;
        this.teams = teams;
        this.caller = caller;
        this.messages = messages;
        this.clock = clock;
        this.web = web;
        this.people = people;
    }

    @GET
    @Produces({"application/json", ActivityStreams2.MEDIA_TYPE, "application/atom+xml"})
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri, @HeaderParam("Accept") String accept) {
        return answer(request, uri, StreamFormat.of(accept));
    }

    /** The stream in one format; errors are JSON whatever the format. */
    Response answer(HttpServletRequest request, UriInfo uri, StreamFormat format) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            VisibleTeams visible = teams.of(viewer);
            StreamFilter filter = new StreamRequestParser(visible::contains)
                    .withPeople(people.resolver(viewer)).parse(uri.getQueryParameters());
            StreamPage page = stream.page(viewer, filter);
            List<Map<String, Object>> items = presenter.items(page.items(), visible);
            switch (format) {
                case ATOM: return atom(filter, page, items);
                case ACTIVITY_STREAMS:
                    String body = Json.write(ActivityStreams2.page(web.baseUrl(), filter, items, page.next().orElse(null),
                            messages.all()));
                    return Response.ok(body, ActivityStreams2.MEDIA_TYPE + ";charset=UTF-8").build();
                default:
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("items", items);
                    json.put("nextCursor", page.next().map(c -> c.encode()).orElse(null));
                    return Responses.ok(json);
            }
        });
    }

    private Response atom(StreamFilter filter, StreamPage page, List<Map<String, Object>> items) {
        String updated = items.isEmpty() ? clock.instant().toString() : (String) items.get(0).get("occurredAt");
        String base = web.baseUrl();
        StreamingOutput body = out -> {
            try {
                new AtomFeed(messages).write(out, base, filter, items, page.next().orElse(null), updated);
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.ok(body, ATOM_TYPE).build();
    }
}
