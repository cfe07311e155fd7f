package org.valuematrix.admin.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Person;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamStore;

/**
 * The teams as administrators manage them: each with its member count, and the warnings that
 * point at a definition which measures the wrong people: a group that defines two teams, a
 * customer or partner group that holds internal people, and people active lately in no team.
 */
public class TeamOverview {
    /** How far back "active lately" reaches. */
    static final int RECENT_DAYS = 90;
    /** How many people a warning names as examples. */
    private static final int EXAMPLES = 3;

    private final TeamStore store;
    private final Directory directory;
    private final EntityAccess ao;
    private final Messages messages;
    private final Clock clock;

    public TeamOverview(TeamStore store, Directory directory, EntityAccess ao, Messages messages, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.ao = ao;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return {@code {"teams":[{key,name,kind,groups,position,members}],"warnings":[{type,text}]}} */
    public Map<String, Object> read() {
        List<Team> teams = store.all();
        Map<String, Set<String>> membersOfGroup = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Team t : teams) {
            Set<String> members = new LinkedHashSet<>();
            for (String g : t.groups()) {
                members.addAll(membersOfGroup.computeIfAbsent(g, directory::membersOf));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", t.key());
            row.put("name", t.name());
            row.put("kind", t.kind().wire());
            row.put("groups", t.groups());
            row.put("position", t.position());
            row.put("members", members.size());
            rows.add(row);
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        sharedGroups(teams, warnings);
        internalPeopleInExternalTeams(teams, membersOfGroup, warnings);
        peopleInNoTeam(warnings);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("teams", rows);
        out.put("warnings", warnings);
        return out;
    }

    private void sharedGroups(List<Team> teams, List<Map<String, Object>> warnings) {
        Map<String, List<Team>> teamsOfGroup = new LinkedHashMap<>();
        for (Team t : teams) {
            for (String g : t.groups()) {
                teamsOfGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
            }
        }
        teamsOfGroup.forEach((group, owners) -> {
            if (owners.size() > 1) {
                warnings.add(warning("sharedGroup", messages.text("vm.admin.teams.warning.sharedGroup", group,
                        owners.get(0).name(), owners.get(1).name())));
            }
        });
    }

    private void internalPeopleInExternalTeams(List<Team> teams, Map<String, Set<String>> membersOfGroup,
            List<Map<String, Object>> warnings) {
        Set<String> internal = new LinkedHashSet<>();
        for (Team t : teams) {
            if (!t.kind().isExternal()) {
                t.groups().forEach(g -> internal.addAll(membersOfGroup.get(g)));
            }
        }
        for (Team t : teams) {
            if (!t.kind().isExternal()) {
                continue;
            }
            for (String g : t.groups()) {
                Set<String> both = new TreeSet<>(membersOfGroup.get(g));
                both.retainAll(internal);
                if (!both.isEmpty()) {
                    warnings.add(warning("internalInExternal", messages.text("vm.admin.teams.warning.internalInExternal",
                            g, t.name(), both.size(), examples(both))));
                }
            }
        }
    }

    private void peopleInNoTeam(List<Map<String, Object>> warnings) {
        long today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        Set<String> people = new TreeSet<>();
        ao.stream(AOPersonDay.class, Query.select("ID, PERSON").where("TEAM IS NULL AND EPOCH_DAY >= ?",
                (int) (today - RECENT_DAYS)), row -> people.add(row.getPerson()));
        if (!people.isEmpty()) {
            warnings.add(warning("noTeam", messages.text("vm.admin.teams.warning.noTeam", people.size(), RECENT_DAYS,
                    examples(people))));
        }
    }

    private String examples(Set<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            if (names.size() == EXAMPLES) {
                break;
            }
            names.add(directory.person(key).map(Person::displayName).orElse(key));
        }
        return String.join(", ", names);
    }

    private static Map<String, Object> warning(String type, String text) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("type", type);
        w.put("text", text);
        return w;
    }
}
