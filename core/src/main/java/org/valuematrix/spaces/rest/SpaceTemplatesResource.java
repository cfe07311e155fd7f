package org.valuematrix.spaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.Responses;
import org.valuematrix.spaces.SpaceStage;
import org.valuematrix.spaces.SpaceTemplate;
import org.valuematrix.spaces.StagePresets;
import org.valuematrix.spaces.TemplatePage;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.SpaceGrant;

/**
 * {@code GET /space-templates} (signed-in users): each template with its page tree and, per stage,
 * the grants it gives, with placeholders for the space's own groups and moderators
 * ({@code internalGroup}, {@code moderator}, {@code externalGroup}).
 */
@Path("/space-templates")
public class SpaceTemplatesResource {
    private final Messages messages;
    private final Caller caller;

    @Inject
    public SpaceTemplatesResource(Messages messages, Caller caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @Produces("application/json")
    public Response get(@Context HttpServletRequest request) {
        return Responses.guard(() -> {
            caller.user(request);
            List<Map<String, Object>> out = new ArrayList<>();
            for (SpaceTemplate t : SpaceTemplate.values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", t.wire());
                m.put("name", messages.text(t.nameKey()));
                m.put("description", messages.text(t.descriptionKey()));
                m.put("pages", pages(t.home()));
                Map<String, Object> stages = new LinkedHashMap<>();
                for (SpaceStage s : SpaceStage.values()) {
                    stages.put(s.wire(), grants(s));
                }
                m.put("stages", stages);
                out.add(m);
            }
            return Responses.ok(out);
        });
    }

    private List<Map<String, Object>> pages(TemplatePage page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TemplatePage child : page.children()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", child.id());
            m.put("title", messages.text(child.titleKey(), "", "", "", ""));
            m.put("restricted", child.isInternalNotes() ? "internalGroup" : null);
            m.put("children", pages(child));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> grants(SpaceStage stage) {
        List<Map<String, Object>> out = new ArrayList<>();
        StagePresets.INTERNAL.forEach(p -> out.add(grant(p, "internalGroup")));
        StagePresets.MODERATOR.forEach(p -> out.add(grant(p, "moderator")));
        if (stage != SpaceStage.REHEARSAL) {
            StagePresets.EXTERNAL.forEach(p -> out.add(grant(p, "externalGroup")));
        }
        if (stage == SpaceStage.PUBLIC) {
            out.add(grant(SpaceGrant.Permission.VIEWSPACE, "anonymous"));
        }
        return out;
    }

    private static Map<String, Object> grant(SpaceGrant.Permission p, String who) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("permission", p.name());
        m.put("to", who);
        return m;
    }
}
