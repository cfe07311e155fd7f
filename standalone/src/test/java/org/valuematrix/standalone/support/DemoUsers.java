package org.valuematrix.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Looks people and containers up in a host's directory, through GET /rest/standalone/1.0/directory. */
public final class DemoUsers {
    private final JsonNode directory;

    public DemoUsers(Api api) {
        Api.Reply r = api.get("/rest/standalone/1.0/directory", "admin");
        if (r.status() != 200) {
            throw new IllegalStateException("directory: " + r);
        }
        this.directory = r.json();
    }

    public JsonNode user(String username) {
        for (JsonNode u : directory.get("users")) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no user " + username);
    }

    public String key(String username) {
        return user(username).get("key").asText();
    }

    /** @return the first user (in directory order) in {@code group} */
    public String memberOf(String group) {
        return memberOfExcept(group, null);
    }

    /** @return the first user in {@code group} other than {@code except} */
    public String memberOfExcept(String group, String except) {
        for (JsonNode u : directory.get("users")) {
            String name = u.get("username").asText();
            for (JsonNode g : u.get("groups")) {
                if (g.asText().equals(group) && !name.equals(except)) {
                    return name;
                }
            }
        }
        throw new IllegalArgumentException("nobody in " + group);
    }

    /** @return the keys of every space and project */
    public Set<String> containerKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        for (String kind : new String[] {"spaces", "projects"}) {
            directory.get(kind).forEach(c -> keys.add(c.get("key").asText()));
        }
        return keys;
    }

    /** @return whether the key is a Jira project's */
    public boolean isProject(String key) {
        for (JsonNode c : directory.get("projects")) {
            if (c.get("key").asText().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** @return keys of the containers the user may view, computed from the directory's groups */
    public Set<String> visibleTo(String username) {
        Set<String> groups = new HashSet<>();
        user(username).get("groups").forEach(g -> groups.add(g.asText()));
        Set<String> visible = new HashSet<>();
        for (String kind : new String[] {"spaces", "projects"}) {
            for (JsonNode c : directory.get(kind)) {
                for (JsonNode g : c.get("viewGroups")) {
                    if (groups.contains(g.asText())) {
                        visible.add(c.get("key").asText());
                    }
                }
            }
        }
        return visible;
    }
}
