package org.valuematrix.standalone.content.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Json;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;
import org.valuematrix.standalone.content.Comment;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentActions;

/**
 * The standalone host's content actions over REST (JSON bodies only):
 * {@code POST /containers/{key}/content} {@code {"title":…,"body":…}} creates a page (space) or
 * an issue (project); {@code POST /content/{id}/comments} {@code {"body":…}} comments on it.
 * Both are captured as activity through core's capture port.
 */
@Path("/")
public class ContentResource {
    /** A title and a body of at most 100,000 characters, each possibly escaped as six bytes. */
    private static final JsonBody BODY = new JsonBody(1_024 * 1_024);

    private final ContentActions actions;
    private final Caller caller;

    public ContentResource(ContentActions actions, Caller caller) {
        this.actions = actions;
        this.caller = caller;
    }

    @POST
    @Path("containers/{key}/content")
    @Produces("application/json")
    public Response create(@Context HttpServletRequest request, @PathParam("key") String key,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            JsonNode n = object(contentType, body);
            Content c = actions.create(user, key, text(n, "title"), text(n, "body"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", c.id());
            out.put("type", c.type().wire());
            out.put("title", c.title());
            out.put("url", c.url());
            return Response.status(201).entity(Json.write(out)).type(Responses.JSON).build();
        });
    }

    @POST
    @Path("content/{id}/comments")
    @Produces("application/json")
    public Response comment(@Context HttpServletRequest request, @PathParam("id") String id,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Responses.guard(() -> {
            BODY.refuseDeclaredOverLimit(request);
            String user = caller.user(request);
            long contentId;
            try {
                contentId = Long.parseLong(id);
            } catch (NumberFormatException e) {
                throw BadRequestException.of("id", "must be a content id (a whole number)");
            }
            JsonNode n = object(contentType, body);
            Comment c = actions.comment(user, contentId, text(n, "body"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", c.id());
            out.put("contentId", c.contentId());
            out.put("createdAt", c.createdAt().toString());
            return Response.status(201).entity(Json.write(out)).type(Responses.JSON).build();
        });
    }

    private static JsonNode object(String contentType, InputStream body) {
        JsonNode n = BODY.read(contentType, body);
        if (!n.isObject()) {
            throw BadRequestException.of("body", "must be a JSON object");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw BadRequestException.of(field, "must be a string");
        }
        return v == null || v.isNull() ? null : v.asText();
    }
}
