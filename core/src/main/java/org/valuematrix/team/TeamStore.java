package org.valuematrix.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.ao.AOContainerTeam;
import org.valuematrix.team.ao.AOTeam;
import org.valuematrix.team.ao.AOTeamGroup;

/** Teams and container ownership in Active Objects. Returns immutable values, never entities. */
public class TeamStore {
    private final EntityAccess ao;

    public TeamStore(EntityAccess ao) {
        this.ao = ao;
    }

    /** @return every team, in the admin's order (home-team precedence) */
    public List<Team> all() {
        Map<String, List<String>> groups = new HashMap<>();
        for (AOTeamGroup g : ao.find(AOTeamGroup.class, Query.select().order("POSITION, ID"))) {
            groups.computeIfAbsent(g.getTeamKey(), k -> new ArrayList<>()).add(g.getGroupName());
        }
        List<Team> teams = new ArrayList<>();
        for (AOTeam t : ao.find(AOTeam.class, Query.select().order("POSITION, ID"))) {
            teams.add(toTeam(t, groups.getOrDefault(t.getTeamKey(), List.of())));
        }
        return teams;
    }

    public Optional<Team> byKey(String key) {
        return all().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * Creates or replaces a team. A new team without a position goes last.
     *
     * @return the stored team and whether it was created
     */
    public Saved put(String key, String name, TeamKind kind, List<String> groups, Integer position) {
        return ao.executeInTransaction(() -> {
            AOTeam[] existing = ao.find(AOTeam.class, Query.select().where("TEAM_KEY = ?", key));
            int pos = position != null ? position : existing.length > 0 ? existing[0].getPosition() : nextPosition();
            Map<String, Object> row = new HashMap<>();
            row.put("TEAM_KEY", key);
            row.put("NAME", name);
            row.put("KIND", kind.wire());
            row.put("POSITION", pos);
            if (existing.length > 0) {
                AOTeam t = existing[0];
                t.setName(name);
                t.setKind(kind.wire());
                t.setPosition(pos);
                t.save();
            } else {
                ao.create(AOTeam.class, row);
            }
            ao.deleteWithSQL(AOTeamGroup.class, "TEAM_KEY = ?", key);
            List<Map<String, Object>> groupRows = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Map<String, Object> g = new HashMap<>();
                g.put("TEAM_KEY", key);
                g.put("GROUP_NAME", groups.get(i));
                g.put("POSITION", i);
                groupRows.add(g);
            }
            if (!groupRows.isEmpty()) {
                ao.create(AOTeamGroup.class, groupRows);
            }
            return new Saved(new Team(key, name, kind, groups, pos), existing.length == 0);
        });
    }

    /** Deletes a team, its groups and its container mappings. @return false when unknown */
    public boolean delete(String key) {
        return ao.executeInTransaction(() -> {
            int deleted = ao.deleteWithSQL(AOTeam.class, "TEAM_KEY = ?", key);
            ao.deleteWithSQL(AOTeamGroup.class, "TEAM_KEY = ?", key);
            ao.deleteWithSQL(AOContainerTeam.class, "TEAM_KEY = ?", key);
            return deleted > 0;
        });
    }

    /** @return container key → owning team key */
    public Map<String, String> containerOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (AOContainerTeam m : ao.find(AOContainerTeam.class, Query.select().order("CONTAINER_KEY"))) {
            owners.put(m.getContainerKey(), m.getTeamKey());
        }
        return owners;
    }

    /** Maps a container to its owning team, or unmaps it when {@code teamKey} is null. */
    public void setOwner(String containerKey, String teamKey) {
        ao.executeInTransaction(() -> {
            writeOwner(containerKey, teamKey);
            return null;
        });
    }

    private void writeOwner(String containerKey, String teamKey) {
        ao.deleteWithSQL(AOContainerTeam.class, "CONTAINER_KEY = ?", containerKey);
        if (teamKey != null) {
            Map<String, Object> row = new HashMap<>();
            row.put("CONTAINER_KEY", containerKey);
            row.put("TEAM_KEY", teamKey);
            ao.create(AOContainerTeam.class, row);
        }
    }

    /**
     * Gives the teams the positions of their keys in {@code order}, in one transaction.
     *
     * @param order every team key, each once
     * @return false, writing nothing, when {@code order} is not exactly the stored teams' keys
     */
    public boolean reorder(List<String> order) {
        return ao.executeInTransaction(() -> {
            AOTeam[] teams = ao.find(AOTeam.class, Query.select());
            Map<String, AOTeam> byKey = new HashMap<>();
            for (AOTeam t : teams) {
                byKey.put(t.getTeamKey(), t);
            }
            if (order.size() != teams.length || !byKey.keySet().containsAll(order)) {
                return false;
            }
            for (int i = 0; i < order.size(); i++) {
                AOTeam t = byKey.get(order.get(i));
                t.setPosition(i);
                t.save();
            }
            return true;
        });
    }

    /** Maps (team key) or unmaps (null) several containers in one transaction. */
    public void setOwners(Map<String, String> owners) {
        ao.executeInTransaction(() -> {
            owners.forEach(this::writeOwner);
            return null;
        });
    }

    private int nextPosition() {
        AOTeam[] last = ao.find(AOTeam.class, Query.select().order("POSITION DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getPosition() + 1;
    }

    private static Team toTeam(AOTeam t, List<String> groups) {
        TeamKind kind = TeamKind.parse(t.getKind()).orElse(TeamKind.INTERNAL);
        return new Team(t.getTeamKey(), t.getName(), kind, groups, t.getPosition());
    }

    /** A stored team, and whether the put created it (201) or replaced it (200). */
    public static final class Saved {
        public final Team team;
        public final boolean created;

        Saved(Team team, boolean created) {
            this.team = team;
            this.created = created;
        }
    }
}
