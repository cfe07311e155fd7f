package org.valuematrix.activity.rest;

import javax.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
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
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;
import org.valuematrix.spi.Messages;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/** {@code GET /stream.atom}: the same stream and filters as {@code /stream}, as an Atom feed. */
@Path("/stream.atom")
public class StreamAtomResource {
    static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";

    private final StreamService stream;
    private final StreamPresenter presenter;
    private final TeamVisibility teams;
    private final Caller caller;
    private final Messages messages;
    private final Clock clock;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public StreamAtomResource(StreamService stream, StreamPresenter presenter, TeamVisibility teams, Caller caller,
            Messages messages, Clock clock) {
        this.stream = stream;
        this.presenter = presenter;
        this.teams = teams;
        this.caller = caller;
        this.messages = messages;
        this.clock = clock;
    }

    @GET
    @Produces("application/atom+xml")
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri) {
        return Responses.guard(() -> {
            String viewer = caller.user(request);
            VisibleTeams visible = teams.of(viewer);
            StreamFilter filter = new StreamRequestParser(visible::contains).parse(uri.getQueryParameters());
            StreamPage page = stream.page(viewer, filter);
            List<Map<String, Object>> items = presenter.items(page.items(), visible);
            String updated = items.isEmpty() ? clock.instant().toString() : (String) items.get(0).get("occurredAt");
            StreamingOutput body = out -> {
                try {
                    new AtomFeed(messages).write(out, request, filter, items, page.next().orElse(null), updated);
                } catch (XMLStreamException e) {
                    throw new java.io.IOException(e);
                }
            };
            return Response.ok(body, ATOM_TYPE).build();
        });
    }
}
