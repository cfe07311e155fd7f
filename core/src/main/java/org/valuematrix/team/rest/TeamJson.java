package org.valuematrix.team.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.team.Team;

final class TeamJson {
    private TeamJson() {
    }

    /** @return the team as an administrator defined it: groups and position included */
    static Map<String, Object> write(Team t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        m.put("name", t.name());
        m.put("kind", t.kind().wire());
        m.put("groups", t.groups());
        m.put("position", t.position());
        return m;
    }

    /** @return what anyone who may see the team may know of it: key, name and kind */
    static Map<String, Object> writeName(Team t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        m.put("name", t.name());
        m.put("kind", t.kind().wire());
        return m;
    }
}
