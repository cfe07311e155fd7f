package org.valuematrix.standalone.directory.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.DirectorySnapshot;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.User;

/**
 * {@code GET /rest/standalone/1.0/directory} (administrators): users with their groups, and
 * spaces and projects with the groups that may view them. Never a password hash.
 */
@Path("/directory")
public class DirectoryResource {
    private final EmbeddedDirectory directory;
    private final Caller caller;

    public DirectoryResource(EmbeddedDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.admin(request);
            DirectorySnapshot snapshot = directory.snapshot();
            List<Map<String, Object>> users = new ArrayList<>();
            for (User u : snapshot.users()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", u.key());
                m.put("username", u.username());
                m.put("displayName", u.displayName());
                m.put("groups", u.groups());
                m.put("admin", snapshot.isAdmin(u.key()));
                users.add(m);
            }
            List<Map<String, Object>> spaces = new ArrayList<>();
            List<Map<String, Object>> projects = new ArrayList<>();
            for (DirectoryContainer c : snapshot.containers()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", c.key());
                m.put("name", c.container().name());
                m.put("product", c.container().product());
                m.put("url", c.container().url());
                m.put("viewGroups", c.viewGroups());
                (c.isSpace() ? spaces : projects).add(m);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("users", users);
            body.put("groups", List.copyOf(snapshot.groups()));
            body.put("spaces", spaces);
            body.put("projects", projects);
            return Responses.ok(body);
        });
    }
}
