package org.valuematrix.activity.rest;

import javax.inject.Inject;
import java.time.Clock;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.people.PeopleFinder;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.TeamVisibility;

/**
 * {@code GET /stream.atom}: the stream and filters of {@code /stream}, as an Atom feed. REST v1
 * never routes here (its extension filter sends the address to {@code /stream} as Atom); a host
 * that passes the path through unchanged does, so the feed address works on both.
 */
@Path("/stream.atom")
public class StreamAtomResource {
    private final StreamResource stream;

    // REST v2 hosts (Confluence 9, Jira 10) construct module classes through an annotated constructor.
    @Inject
    public StreamAtomResource(StreamService stream, StreamPresenter presenter, TeamVisibility teams, Caller caller,
            Messages messages, Clock clock, WebResources web, PeopleFinder people) {
        this.stream = new StreamResource(stream, presenter, teams, caller, messages, clock, web, people);
    }

    @GET
    @Produces("application/atom+xml")
    public Response get(@Context HttpServletRequest request, @Context UriInfo uri) {
        return stream.answer(request, uri, StreamFormat.ATOM);
    }
}
