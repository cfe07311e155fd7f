package org.valuematrix.matrix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.TestHost;

/**
 * A random organisation, as an administrator defines it and a host holds it: teams of every kind
 * (the first internal) in a shuffled administrators' order, each of one or two host groups; people
 * in no, one or several teams; containers (spaces and projects) owned by a team or by none, each
 * viewable by some groups; an optional viewer group; random stage thresholds, minimum team size and
 * first day of the week. The same definition is written to a host and to the SQL oracle, which
 * sees nothing else of the host.
 */
final class RandomOrganisation {
    static final String ADMIN = "admin";
    static final String VIEWER_GROUP = "viewers";
    static final String STAFF = "staff";

    /** One team as the administrators define it. */
    static final class TeamDef {
        final String key;
        final String name;
        final TeamKind kind;
        final int order;
        final List<String> groups;

        TeamDef(String key, TeamKind kind, int order, List<String> groups) {
            this.key = key;
            this.name = "Team " + key;
            this.kind = kind;
            this.order = order;
            this.groups = groups;
        }
    }

    final List<TeamDef> teams = new ArrayList<>();
    final List<String> people = new ArrayList<>();
    final Map<String, Set<String>> groupsOf = new LinkedHashMap<>();
    final Map<String, String> owners = new LinkedHashMap<>();
    final Map<String, Set<String>> viewableBy = new LinkedHashMap<>();
    final Map<String, Boolean> isProject = new LinkedHashMap<>();
    final MatrixSettings settings;

    private RandomOrganisation(Random random) {
        int teamCount = 2 + random.nextInt(5);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<String> allGroups = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            TeamKind kind = t == 0 || random.nextInt(5) < 3 ? TeamKind.INTERNAL
                    : random.nextBoolean() ? TeamKind.CUSTOMER : TeamKind.PARTNER;
            List<String> groups = random.nextInt(4) == 0 ? List.of("g" + t, "h" + t) : List.of("g" + t);
            allGroups.addAll(groups);
            teams.add(new TeamDef("t" + t, kind, order.get(t), groups));
        }
        teams.sort((a, b) -> Integer.compare(a.order, b.order));
        int peopleCount = 4 + random.nextInt(13);
        for (int p = 0; p < peopleCount; p++) {
            String person = "p" + p;
            people.add(person);
            Set<String> groups = new LinkedHashSet<>();
            int roll = random.nextInt(10);
            int memberships = roll == 0 ? 0 : roll < 8 ? 1 : 2;
            for (int g = 0; g < memberships; g++) {
                groups.add(allGroups.get(random.nextInt(allGroups.size())));
            }
            if (random.nextInt(3) > 0) {
                groups.add(STAFF);
            }
            groupsOf.put(person, groups);
        }
        boolean viewerGroup = random.nextInt(4) == 0;
        if (viewerGroup) {
            groupsOf.get(people.get(random.nextInt(peopleCount))).add(VIEWER_GROUP);
        }
        List<String> viewGroups = new ArrayList<>(allGroups);
        viewGroups.add(STAFF);
        int containerCount = 2 + random.nextInt(5);
        for (int c = 0; c < containerCount; c++) {
            String key = "C" + c;
            int owner = random.nextInt(teamCount + 1);
            if (owner < teamCount) {
                owners.put(key, teams.get(owner).key);
            }
            Set<String> groups = new LinkedHashSet<>();
            for (int g = random.nextInt(4); g > 0; g--) {
                groups.add(viewGroups.get(random.nextInt(viewGroups.size())));
            }
            viewableBy.put(key, groups);
            isProject.put(key, random.nextBoolean());
        }
        settings = MatrixSettings.defaults()
                .withParticipation(pick(random, 0.0, 0.3, 0.5, 1.0))
                .withWithinInteractionsPerActiveMemberPerWeek(pick(random, 0.0, 0.5, 1.0, 2.0))
                .withEiIndex(pick(random, -1.0, -0.6, 0.0, 0.5))
                .withCrossTeamReach(random.nextInt(4))
                .withNewCrossSiloTiesPerMember(pick(random, 0.0, 0.2, 0.5))
                .withExternalShare(pick(random, 0.0, 0.1, 0.25))
                .withMinimumTeamSize(1 + random.nextInt(5))
                .withFirstDayOfWeek(DayOfWeek.of(1 + random.nextInt(7)))
                .withViewerGroup(viewerGroup ? VIEWER_GROUP : null);
    }

    static RandomOrganisation of(Random random) {
        return new RandomOrganisation(random);
    }

    private static double pick(Random random, double... values) {
        return values[random.nextInt(values.length)];
    }

    /** @return the people in a customer or partner team */
    List<String> outsiders() {
        List<String> out = new ArrayList<>();
        for (String p : people) {
            if (teams.stream().anyMatch(t -> t.kind.isExternal() && t.groups.stream().anyMatch(groupsOf.get(p)::contains))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Defines it on a host, as administrators and the host's directory would. */
    void applyTo(TestHost host) {
        for (TeamDef t : teams) {
            host.vm().teamStore().put(t.key, t.name, t.kind, t.groups, t.order);
        }
        for (String p : people) {
            host.directory().user(p, "Person " + p, groupsOf.get(p).toArray(new String[0]));
        }
        host.directory().admin(ADMIN);
        viewableBy.forEach((key, groups) -> {
            String[] g = groups.toArray(new String[0]);
            if (isProject.get(key)) {
                host.containers().project(key, "Project " + key, g);
            } else {
                host.containers().space(key, "Space " + key, g);
            }
        });
        owners.forEach((container, team) -> host.vm().teamStore().setOwner(container, team));
        host.vm().matrixSettings().save(settings, ADMIN);
        host.vm().teamCatalog().invalidate();
        host.vm().membership().invalidate();
    }

    /** Writes the definition into the oracle's tables. */
    void load(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE teams (\"key\" VARCHAR, name VARCHAR, kind VARCHAR, ord INTEGER)");
            s.execute("CREATE TABLE team_groups (team VARCHAR, grp VARCHAR)");
            s.execute("CREATE TABLE person_groups (person VARCHAR, grp VARCHAR)");
            s.execute("CREATE TABLE admins (person VARCHAR)");
            s.execute("CREATE TABLE containers (\"key\" VARCHAR, owner VARCHAR)");
            s.execute("CREATE TABLE container_groups (container VARCHAR, grp VARCHAR)");
        }
        for (TeamDef t : teams) {
            insert(duck, "teams", t.key, t.name, t.kind.wire(), t.order);
            for (String g : t.groups) {
                insert(duck, "team_groups", t.key, g);
            }
        }
        groupsOf.forEach((person, groups) -> groups.forEach(g -> insert(duck, "person_groups", person, g)));
        insert(duck, "admins", ADMIN);
        viewableBy.forEach((key, groups) -> {
            insert(duck, "containers", key, owners.get(key));
            groups.forEach(g -> insert(duck, "container_groups", key, g));
        });
    }

    private static void insert(Connection duck, String table, Object... values) {
        String marks = String.join(", ", Collections.nCopies(values.length, "?"));
        try (PreparedStatement s = duck.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
