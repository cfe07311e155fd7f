package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/**
 * Every figure the reader returns, for the organisation and every team, for random periods and
 * random sets of visible containers (none, a few bound as keys, a stored set, all), asked one
 * unit at a time or every team at once, equals the
 * same definition computed straight from the stored events ({@link MatrixOracle}), for random
 * organisations: teams of every kind, people in none, one or several teams, containers with and
 * without owners, events stored in shuffled batches.
 */
abstract class RollupReaderContract {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String[] PEOPLE = {"p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"};
    private static final String[] CONTAINERS = {"C0", "C1", "C2", "C3", "C4"};

    protected abstract TestDatabase db();

    @Property(tries = 20)
    void everyFigure_shouldEqualTheDefinitionComputedFromTheStoredEvents(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 150) int count) {
        TestDatabase db = db();
        db.clear();
        Random random = new Random(seed);
        Organisation org = randomOrganisation(db, random);
        List<CapturedEvent> events = new ArrayList<>(new RandomEvents(seed, PEOPLE, CONTAINERS).events(count));
        Collections.shuffle(events, random);
        for (int i = 0; i < events.size(); i += 1 + random.nextInt(30)) {
            org.ingest().ingest(events.subList(i, Math.min(events.size(), i + 1 + random.nextInt(30))));
        }
        Map<String, TeamKind> kinds = new HashMap<>();
        for (Team t : org.catalog().teams()) {
            kinds.put(t.key(), t.kind());
        }
        MatrixOracle oracle = new MatrixOracle(org.stored(), kinds, org.catalog().owners(), ZONE);
        RollupReader target = new RollupReader(db.ao(), org.catalog(), new VisibleSets(db.ao(), Clock.systemUTC()), ZONE);
        List<String> units = new ArrayList<>(kinds.keySet());
        units.add(null);
        long firstDay = Days.of(EventBuilder.T0, ZONE);
        for (int q = 0; q < 6; q++) {
            long from = q == 5 ? firstDay - 1 : firstDay - 5 + random.nextInt(190);
            long to = from + 1 + (q == 5 ? 200 : random.nextInt(q % 2 == 0 ? 7 : 60));
            Set<String> visible = visible(random);
            for (String unit : units) {
                assertThat(Describe.unit(target.unit(unit, from, to, visible)))
                        .as("%s, days %d to %d, containers %s", unit == null ? "organisation" : unit, from, to, visible)
                        .isEqualTo(oracle.unit(unit, from, to, visible));
            }
            Map<String, UnitCounts> teams = target.teams(from, to, visible);
            assertThat(teams).containsOnlyKeys(kinds.keySet());
            for (Map.Entry<String, UnitCounts> team : teams.entrySet()) {
                assertThat(Describe.unit(team.getValue()))
                        .as("%s among all teams, days %d to %d, containers %s", team.getKey(), from, to, visible)
                        .isEqualTo(oracle.unit(team.getKey(), from, to, visible));
            }
            assertThat(Describe.edges(target.edges(from, to, visible))).as("edges, days %d to %d, containers %s", from,
                    to, visible).isEqualTo(oracle.edges(from, to, visible));
        }
        Statistics.label("stored events").collect(org.stored().size() > 50 ? "over 50" : "50 or fewer");
    }

    private static Organisation randomOrganisation(TestDatabase db, Random random) {
        Organisation org = new Organisation(db, Clock.systemUTC(), ZONE);
        int teams = 2 + random.nextInt(4);
        for (int t = 0; t < teams; t++) {
            TeamKind kind = t == 0 ? TeamKind.INTERNAL : TeamKind.values()[random.nextInt(TeamKind.values().length)];
            org.teamStore().put("t" + t, "Team " + t, kind, List.of("g" + t), t);
        }
        for (String person : PEOPLE) {
            Set<String> groups = new HashSet<>();
            for (int g = random.nextInt(3); g > 0; g--) {
                groups.add("g" + random.nextInt(teams));
            }
            org.directory().user(person, person, groups.toArray(new String[0]));
        }
        for (String container : CONTAINERS) {
            int owner = random.nextInt(teams + 1);
            if (owner < teams) {
                org.teamStore().setOwner(container, "t" + owner);
            }
        }
        org.refresh();
        return org;
    }

    /** @return every container (null), none, a few (bound), or more than a few (a stored set) */
    private static Set<String> visible(Random random) {
        int roll = random.nextInt(5);
        if (roll == 0) {
            return null;
        }
        Set<String> out = new HashSet<>();
        if (roll == 1) {
            return out;
        }
        List<String> all = new ArrayList<>(List.of(CONTAINERS));
        Collections.shuffle(all, random);
        return new HashSet<>(all.subList(0, roll == 4 ? CONTAINERS.length : 1 + random.nextInt(4)));
    }
}
