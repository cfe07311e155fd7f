package org.valuematrix.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.standalone.demo.DemoOrganisation.ContainerSpec;

/** The demo year: deterministic, in time order, coherent, and following the journey. */
class ActivitySimulatorTest {
    private static final long SEED = 42;
    private static final long EVENTS = 40_000;
    private static final Instant END = Instant.parse("2026-06-30T12:00:00Z");
    private static List<DemoPerson> people;
    private static Map<String, DemoPerson> byKey;
    private static DemoWorld world;
    private static List<CapturedEvent> events;

    @BeforeAll
    static void simulate() {
        people = DemoPeople.generate(SEED);
        byKey = new HashMap<>();
        people.forEach(p -> byKey.put(p.key(), p));
        world = new DemoWorld(people, new Random(SEED), 1);
        events = run(world, SEED);
    }

    private static List<CapturedEvent> run(DemoWorld w, long seed) {
        return run(w, seed, END);
    }

    private static List<CapturedEvent> run(DemoWorld w, long seed, Instant end) {
        Random random = new Random(seed + 1);
        ActivitySimulator target = new ActivitySimulator(w, random, end, EVENTS);
        target.seedContent();
        List<CapturedEvent> out = new ArrayList<>();
        target.run(out::add);
        return out;
    }

    @Test
    void run_shouldProduceExactlyTheRequestedEventsInTimeOrderWithinTheYear() {
        assertThat(events).hasSize((int) EVENTS);
        assertThat(events).extracting(CapturedEvent::occurredAt).isSorted();
        assertThat(events.get(0).occurredAt()).isAfterOrEqualTo(END.minus(Duration.ofDays(365)));
        assertThat(events.get(events.size() - 1).occurredAt()).isBefore(END);
        assertThat(events.stream().map(CapturedEvent::sourceId).distinct().count()).isEqualTo(EVENTS);
    }

    @Test
    void run_withTheSameSeed_shouldBeIdentical() {
        List<CapturedEvent> again = run(new DemoWorld(DemoPeople.generate(SEED), new Random(SEED), 1), SEED);

        for (int i = 0; i < events.size(); i += 97) {
            CapturedEvent a = events.get(i);
            CapturedEvent b = again.get(i);
            assertThat(List.of(b.sourceId(), b.occurredAt(), b.actor(), b.verb(), b.object(), b.containerKey(),
                    String.valueOf(b.counterpart().orElse(null)))).isEqualTo(List.of(a.sourceId(), a.occurredAt(),
                    a.actor(), a.verb(), a.object(), a.containerKey(), String.valueOf(a.counterpart().orElse(null))));
        }
    }

    @Test
    void run_loadedAtAnotherTime_shouldBeTheSameYearShifted() {
        Duration shift = Duration.ofHours(83).plusMinutes(17);
        List<CapturedEvent> later = run(new DemoWorld(DemoPeople.generate(SEED), new Random(SEED), 1), SEED, END.plus(shift));

        for (int i = 0; i < events.size(); i += 101) {
            assertThat(later.get(i).occurredAt()).isEqualTo(events.get(i).occurredAt().plus(shift));
            assertThat(later.get(i).actor()).isEqualTo(events.get(i).actor());
            assertThat(later.get(i).object()).isEqualTo(events.get(i).object());
        }
    }

    @Test
    void everyone_shouldOnlyActWhereTheyMayViewAndOnContentThatExists() {
        Map<String, ContainerSpec> specs = new HashMap<>();
        DemoOrganisation.CONTAINERS.forEach(c -> specs.put(c.key(), c));
        Set<String> urls = new HashSet<>();
        world.contents.forEach(c -> urls.add(c.url()));
        Map<String, Instant> created = new HashMap<>();
        world.contents.forEach(c -> created.put(c.url(), c.createdAt()));

        for (CapturedEvent e : events) {
            DemoPerson actor = byKey.get(e.actor());
            assertThat(DemoWorld.canView(actor, specs.get(e.containerKey()))).as("%s in %s", actor, e.containerKey()).isTrue();
            e.counterpart().ifPresent(c -> assertThat(DemoWorld.canView(byKey.get(c), specs.get(e.containerKey())))
                    .as("counterpart %s in %s", c, e.containerKey()).isTrue());
            // A comment's address is its item's, with the comment's fragment.
            String item = e.object().url().replaceFirst("#comment-\\d+$", "");
            assertThat(urls.contains(item)).as("content at %s", e.object().url()).isTrue();
            assertThat(created.get(item)).isBeforeOrEqualTo(e.occurredAt());
        }
    }

    @Test
    void journey_shouldStartInSilos_crossThemLater_andMeetCustomersAtTheEnd() {
        double[] early = shares(0.0, 0.25);
        double[] late = shares(0.75, 1.0);
        double[] beforeCustomers = shares(0.0, 0.55);

        assertThat(early[0]).as("within share early").isGreaterThan(0.8);
        assertThat(late[1]).as("across share late").isGreaterThan(0.25).isGreaterThan(2 * early[1]);
        assertThat(beforeCustomers[2]).as("external before the customers join, in the seventh month").isZero();
        assertThat(shares(0.92, 1.0)[2]).as("external in the last month").isGreaterThan(0.04);
    }

    @Test
    void customers_shouldOnlyActInTheirOwnSpaces() {
        for (CapturedEvent e : events) {
            DemoPerson actor = byKey.get(e.actor());
            if (!actor.team().isInternal()) {
                ContainerSpec spec = DemoOrganisation.CONTAINERS.stream().filter(c -> c.key().equals(e.containerKey()))
                        .findFirst().orElseThrow();
                assertThat(spec.role()).isEqualTo(DemoOrganisation.Role.CUSTOMER);
                assertThat(spec.viewGroups()).contains(actor.team().group());
            }
        }
    }

    @Test
    void people_shouldBeTheDocumentedOrganisation() {
        assertThat(people).hasSize(249);
        assertThat(people.get(0).username()).isEqualTo("admin");
        assertThat(people.stream().map(DemoPerson::username).distinct().count()).isEqualTo(249);
        assertThat(people.stream().map(DemoPerson::username)).contains("alice", "bob", "carla", "priya", "sam");
        assertThat(DemoOrganisation.TEAMS.stream().filter(DemoOrganisation.TeamSpec::isInternal)).hasSize(12);
        assertThat(DemoOrganisation.CONTAINERS).hasSizeBetween(35, 45);
        assertThat(DemoOrganisation.CONTAINERS.stream().filter(c -> c.role() == DemoOrganisation.Role.CUSTOMER)).hasSize(5);
        assertThat(DemoPeople.generate(SEED)).isEqualTo(people);
    }

    /** @return shares of within, across and external among interactions in the part [from, to) of the year */
    private static double[] shares(double from, double to) {
        Instant start = END.minus(Duration.ofDays(365));
        long[] counts = new long[3];
        for (CapturedEvent e : events) {
            double t = Duration.between(start, e.occurredAt()).toMillis() / (365.0 * 86_400_000);
            if (t < from || t >= to || !e.isInteraction()) {
                continue;
            }
            DemoPerson a = byKey.get(e.actor());
            DemoPerson c = byKey.get(e.counterpart().get());
            counts[!a.team().isInternal() || !c.team().isInternal() ? 2 : a.team().equals(c.team()) ? 0 : 1]++;
        }
        double all = counts[0] + counts[1] + counts[2];
        return new double[] {counts[0] / all, counts[1] / all, counts[2] / all};
    }
}
