package org.valuematrix.admin.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.TeamStore;

/**
 * Get started: what an administrator still has to do before the matrix means something, each
 * step read live. The history import's step is the history import's own state, which its page
 * answers; this list reports the steps core knows.
 */
public class SetupChecklist {
    /** The step the history import's own resource answers; the page asks it. */
    public static final String HISTORY = "history";

    private final TeamStore teams;
    private final Containers containers;
    private final EntityAccess ao;
    private final RebuildJobs rebuilds;

    public SetupChecklist(TeamStore teams, Containers containers, EntityAccess ao, RebuildJobs rebuilds) {
        this.teams = teams;
        this.containers = containers;
        this.ao = ao;
        this.rebuilds = rebuilds;
    }

    /**
     * @return {@code {"steps":[{"id","done","count","total"}],"open":n}}: teams (defined), containers
     *     (every one mapped), matrix (a team's members were active and no rebuild is pending); the
     *     history step is not in the list (see {@link #HISTORY})
     */
    public Map<String, Object> read() {
        int teamCount = teams.all().size();
        Map<String, String> owners = teams.containerOwners();
        int total = 0;
        int mapped = 0;
        for (Container c : containers.all()) {
            total++;
            if (owners.containsKey(c.key())) {
                mapped++;
            }
        }
        // One row is enough to know; counting them all would read the whole table.
        boolean active = ao.find(AOPersonDay.class, Query.select("ID").where("TEAM IS NOT NULL").limit(1)).length > 0;
        boolean settled = !rebuilds.needed() && !List.of("queued", "running").contains(rebuilds.status().get("state"));
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(step("teams", teamCount > 0, teamCount, teamCount));
        steps.add(step("containers", total > 0 && mapped == total, mapped, total));
        steps.add(step("matrix", teamCount > 0 && active && settled, active ? 1 : 0, 1));
        long open = steps.stream().filter(s -> !(Boolean) s.get("done")).count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps", steps);
        out.put("open", open);
        return out;
    }

    private static Map<String, Object> step(String id, boolean done, int count, int total) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("done", done);
        s.put("count", count);
        s.put("total", total);
        return s;
    }
}
