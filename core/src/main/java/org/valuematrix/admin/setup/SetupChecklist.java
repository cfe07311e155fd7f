package org.valuematrix.admin.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.history.ImportedHistory;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.TeamStore;

/**
 * Get started: what an administrator still has to do before the matrix means something, each
 * step read live. The history step is done once an import has finished: what it stored stays when
 * a later import runs, is cancelled or fails, so those leave it done; until then a queued, running,
 * cancelled or failed import leaves it open, with its state for the page to say so.
 */
public class SetupChecklist {
    public static final String HISTORY = "history";

    private final TeamStore teams;
    private final Containers containers;
    private final EntityAccess ao;
    private final RebuildJobs rebuilds;
    private final ImportedHistory history;

    public SetupChecklist(TeamStore teams, Containers containers, EntityAccess ao, RebuildJobs rebuilds,
            ImportedHistory history) {
        this.teams = teams;
        this.containers = containers;
        this.ao = ao;
        this.rebuilds = rebuilds;
        this.history = history;
    }

    /**
     * @return {@code {"steps":[{"id","done","count","total"}],"open":n}}: teams (defined), containers
     *     (every one mapped), history (an import finished; {@code count} and {@code total} are the
     *     latest import's items, and {@code state} its state), matrix (a team's members were active
     *     and no rebuild is pending)
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
        ImportedHistory.Summary imported = history.read();
        Map<String, Object> historyStep = step(HISTORY, imported.imported(), imported.items(), imported.itemsTotal());
        historyStep.put("state", imported.state());
        steps.add(historyStep);
        steps.add(step("matrix", teamCount > 0 && active && settled, active ? 1 : 0, 1));
        long open = steps.stream().filter(s -> !(Boolean) s.get("done")).count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps", steps);
        out.put("open", open);
        return out;
    }

    private static Map<String, Object> step(String id, boolean done, long count, long total) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("done", done);
        s.put("count", count);
        s.put("total", total);
        return s;
    }
}
