package org.valuematrix.spaces.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.spaces.CustomerSpace;
import org.valuematrix.spaces.ProjectLinks;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/**
 * The tool page's "Linked Jira projects" section: the space's links and the projects the moderator
 * may link (those they may see, not linked yet). Values only: String, Boolean, List and Map.
 */
public class LinkedProjectsView {
    private static final String JIRA = "jira";

    private final ProjectLinks links;
    private final Containers containers;

    public LinkedProjectsView(ProjectLinks links, Containers containers) {
        this.links = links;
        this.containers = containers;
    }

    @SuppressWarnings("unchecked")
    void fill(Map<String, Object> ctx, CustomerSpace space, String user, boolean admin, String contextPath) {
        ctx.put("linksAvailable", links.available());
        List<Map<String, Object>> linked = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> l : links.list(space, user, admin)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", l.get("project"));
            m.put("name", l.get("name"));
            m.put("url", l.get("url") == null ? "" : contextPath + l.get("url"));
            List<String> grants = new ArrayList<>();
            for (Map<String, Object> g : (List<Map<String, Object>>) l.get("addedGrants")) {
                grants.add(g.get("permission") + " · " + g.get("group"));
            }
            m.put("added", String.join(", ", grants));
            linked.add(m);
            taken.add((String) l.get("project"));
        }
        ctx.put("linkedProjects", linked);
        ctx.put("hasLinkedProjects", !linked.isEmpty());
        List<Map<String, Object>> choices = new ArrayList<>();
        if (links.available()) {
            Set<String> visible = containers.visibleTo(user);
            for (Container c : containers.all()) {
                if (JIRA.equals(c.product()) && (admin || visible.contains(c.key())) && !taken.contains(c.key())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("value", c.key());
                    m.put("label", c.name() + " (" + c.key() + ")");
                    choices.add(m);
                }
            }
        }
        ctx.put("projectChoices", choices);
        ctx.put("hasProjectChoices", !choices.isEmpty());
    }
}
