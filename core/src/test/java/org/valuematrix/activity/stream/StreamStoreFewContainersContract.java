package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/**
 * A viewer who may read only a few containers, or asks for a few, has their keys bound in the
 * statement instead of a stored set joined. Over 400 generated events spread over three years
 * (busy and quiet containers, a rare action), every page this gives is the page the viewer's
 * stored set gives (how a viewer of many containers is read), for every filter and at every
 * cursor depth (vic, whose twelve containers are read through the stored set either way, only
 * with a container filter); both are exactly the events the viewer may view that match, newest
 * first. And a page of one action costs the same two statements however rare the action and deep
 * the cursor: its keys through the action's own index range, then its rows.
 *
 * <p>Viewers: {@code solo} sees C1; {@code duo} C2 (busy) and C3 (quiet), as a customer who sees
 * two spaces; {@code trio} C2, C4, C5; {@code quad} C1, C2, C6, C7; {@code dora} (the customer
 * acme) ACME; {@code vic} (staff) every container, twelve.
 */
abstract class StreamStoreFewContainersContract extends DatabaseContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] VIEWERS = {"solo", "duo", "trio", "quad", "dora", "vic"};
    /** Busy to quiet: how often each container is picked. */
    private static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("ENG", 20);
        WEIGHTS.put("SUP", 12);
        WEIGHTS.put("ACME", 8);
        WEIGHTS.put("OPEN", 6);
        WEIGHTS.put("C1", 6);
        WEIGHTS.put("C2", 14);
        WEIGHTS.put("C3", 1);
        WEIGHTS.put("C4", 4);
        WEIGHTS.put("C5", 2);
        WEIGHTS.put("C6", 5);
        WEIGHTS.put("C7", 3);
        WEIGHTS.put("C8", 2);
    }

    private static final Instant START = EventBuilder.T0.minus(Duration.ofDays(3 * 365));
    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    private Organisation org;
    private StreamService target;
    private StreamService storedSet;
    private List<ActivityEvent> stored;

    @BeforeAll
    void fourHundredEvents() {
        db.clear();
        org = new Organisation(db, Clock.systemUTC()).standard();
        for (int i = 1; i <= 8; i++) {
            org.containers().space("C" + i, "Space " + i, "staff", "g" + i);
        }
        org.directory().user("solo", "Solo", "g1").user("duo", "Duo", "g2", "g3").user("trio", "Trio", "g2", "g4", "g5")
                .user("quad", "Quad", "g1", "g2", "g6", "g7");
        org.ingest(generated(new Random(20261202L), 400).toArray(CapturedEvent[]::new));
        stored = org.stored();
        target = org.stream();
        storedSet = new StreamService(new StreamStore(db.ao(), Clock.systemUTC(),
                new VisibleSets(db.ao(), Clock.systemUTC()), 0), org.containers(), Clock.systemUTC());
    }

    /** Office hours over three years, busier lately; one action in fifty is a mention. */
    private static List<CapturedEvent> generated(Random random, int n) {
        List<String> bag = new ArrayList<>();
        WEIGHTS.forEach((key, weight) -> {
            for (int i = 0; i < weight; i++) {
                bag.add(key);
            }
        });
        Verb[] common = {Verb.CREATED, Verb.UPDATED, Verb.COMMENTED, Verb.REPLIED, Verb.LIKED, Verb.ASSIGNED,
            Verb.TRANSITIONED, Verb.RESOLVED};
        List<CapturedEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = Math.sqrt(random.nextDouble());
            Instant at = START.plus(Duration.ofMinutes((long) (u * 3 * 365 * 24 * 60)));
            if (random.nextInt(10) == 0 && !out.isEmpty()) {
                at = out.get(random.nextInt(out.size())).occurredAt();
            }
            String actor = PEOPLE[random.nextInt(PEOPLE.length)];
            EventBuilder e = event().sourceId("g" + i).at(at).actor(actor).in(bag.get(random.nextInt(bag.size())))
                    .verb(random.nextInt(50) == 0 ? Verb.MENTIONED : common[random.nextInt(common.length)]);
            String counterpart = PEOPLE[random.nextInt(PEOPLE.length)];
            out.add((random.nextInt(3) == 0 || counterpart.equals(actor) ? e.alone() : e.counterpart(counterpart))
                    .build());
        }
        return out;
    }

    static Stream<Arguments> filters() {
        StreamFilter f = StreamFilter.latest(25);
        return Stream.of(
                Arguments.of("no filter", f),
                Arguments.of("verb mentioned (rare)", f.withVerbs(Set.of(Verb.MENTIONED))),
                Arguments.of("verb commented", f.withVerbs(Set.of(Verb.COMMENTED))),
                Arguments.of("scope external", f.withScopes(Set.of(Scope.EXTERNAL))),
                Arguments.of("team acme", f.withTeams(Set.of("acme"))),
                Arguments.of("teams eng, support, verb commented",
                        f.withTeams(Set.of("eng", "support")).withVerbs(Set.of(Verb.COMMENTED))),
                Arguments.of("actor carl", f.withActors(Set.of("carl"))),
                Arguments.of("a year, 400 to 35 days back", f.withPeriod(EventBuilder.T0.minus(Duration.ofDays(400)),
                        EventBuilder.T0.minus(Duration.ofDays(35)))),
                Arguments.of("container C2", f.withContainers(Set.of("C2"))),
                Arguments.of("containers C2, C3 and one nobody has", f.withContainers(Set.of("C2", "C3", "NONE"))),
                Arguments.of("six containers", f.withContainers(Set.of("ENG", "ACME", "C1", "C2", "C3", "C8"))),
                Arguments.of("five containers, verb mentioned",
                        f.withContainers(Set.of("SUP", "OPEN", "C4", "C5", "C6")).withVerbs(Set.of(Verb.MENTIONED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void pagingThrough_shouldGiveTheSamePagesAsTheStoredSet_andOnlyWhatTheViewerMayView(String why,
            StreamFilter filter) {
        for (String viewer : VIEWERS) {
            if (viewer.equals("vic") && filter.containers().isEmpty()) {
                continue;
            }
            List<ActivityEvent> expected = expected(viewer, filter);
            assertThat(ids(target.page(viewer, filter))).as("%s, one page", viewer)
                    .isEqualTo(ids(expected.subList(0, Math.min(filter.limit(), expected.size()))))
                    .isEqualTo(ids(storedSet.page(viewer, filter)));
            StreamFilter paged = filter.withLimit(7);
            StreamPage mine = target.page(viewer, paged);
            StreamPage theirs = storedSet.page(viewer, paged);
            List<ActivityEvent> all = new ArrayList<>();
            for (int pages = 0; ; pages++) {
                assertThat(ids(mine)).as("%s, page %d", viewer, pages).isEqualTo(ids(theirs));
                assertThat(mine.next()).isEqualTo(theirs.next());
                all.addAll(mine.items());
                if (mine.next().isEmpty()) {
                    break;
                }
                mine = target.page(viewer, paged.withCursor(mine.next().get()));
                theirs = storedSet.page(viewer, paged.withCursor(theirs.next().get()));
            }
            assertThat(ids(all)).as("%s, every page", viewer).isEqualTo(ids(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void aPageAtAnyCursor_shouldBeTheSameAsThroughTheStoredSet(String why, StreamFilter filter) {
        Random random = new Random(why.hashCode());
        long first = START.toEpochMilli();
        long span = EventBuilder.T0.toEpochMilli() - first;
        for (String viewer : VIEWERS) {
            for (int i = 0; i < 4; i++) {
                ActivityEvent some = stored.get(random.nextInt(stored.size()));
                StreamCursor cursor = i % 3 == 0 ? new StreamCursor(first + (long) (random.nextDouble() * span), Long.MAX_VALUE)
                        : new StreamCursor(some.occurredAt().toEpochMilli(), some.id());
                StreamFilter at = filter.withLimit(1 + random.nextInt(8)).withCursor(cursor);

                StreamPage mine = target.page(viewer, at);

                List<ActivityEvent> expected = expected(viewer, at);
                assertThat(ids(mine)).as("%s at %s", viewer, cursor.encode())
                        .isEqualTo(ids(expected.subList(0, Math.min(at.limit(), expected.size()))))
                        .isEqualTo(ids(storedSet.page(viewer, at)));
            }
        }
    }

    @Test
    void aPageOfOneAction_shouldCostTwoStatements_howeverRareTheActionAndDeepTheCursor() {
        StatementCounter counted = new StatementCounter(db);
        StreamService service = new StreamService(new StreamStore(counted, Clock.systemUTC()), org.containers(),
                Clock.systemUTC());
        StreamFilter rare = StreamFilter.latest(25).withVerbs(Set.of(Verb.MENTIONED));
        ActivityEvent middle = stored.stream().sorted(NEWEST_FIRST).skip(stored.size() / 2).findFirst().orElseThrow();

        for (StreamFilter filter : List.of(rare, rare.withCursor(new StreamCursor(middle.occurredAt().toEpochMilli(),
                middle.id())))) {
            for (String viewer : List.of("duo", "vic")) {
                int before = counted.statements.get();
                assertThat(service.page(viewer, filter).items()).as(viewer).isNotEmpty();
                assertThat(counted.statements.get() - before).as("statements for %s", viewer).isEqualTo(2);
            }
            int before = counted.statements.get();
            service.page("vic", filter.withContainers(Set.of("C3", "C7")));
            assertThat(counted.statements.get() - before).as("a container filter of two").isBetween(1, 2);
        }
    }

    private List<ActivityEvent> expected(String viewer, StreamFilter filter) {
        Set<String> visible = org.containers().visibleTo(viewer);
        return stored.stream().filter(e -> matches(filter, e, visible)).sorted(NEWEST_FIRST)
                .collect(Collectors.toList());
    }

    private static boolean matches(StreamFilter f, ActivityEvent e, Set<String> visible) {
        long at = e.occurredAt().toEpochMilli();
        return visible.contains(e.containerKey())
                && (f.containers().isEmpty() || f.containers().contains(e.containerKey()))
                && (f.teams().isEmpty() || e.classification().actorTeam().filter(f.teams()::contains).isPresent()
                        || e.classification().counterpartTeam().filter(f.teams()::contains).isPresent())
                && (f.scopes().isEmpty() || e.scope().filter(f.scopes()::contains).isPresent())
                && (f.actors().isEmpty() || f.actors().contains(e.actor()))
                && (f.verbs().isEmpty() || f.verbs().contains(e.verb()))
                && f.since().map(s -> at >= s.toEpochMilli()).orElse(true)
                && f.until().map(u -> at < u.toEpochMilli()).orElse(true)
                && f.cursor().map(c -> at < c.occurredAt() || (at == c.occurredAt() && e.id() < c.id())).orElse(true);
    }

    private static List<Long> ids(StreamPage page) {
        return ids(page.items());
    }

    private static List<Long> ids(List<ActivityEvent> events) {
        return events.stream().map(ActivityEvent::id).collect(Collectors.toList());
    }

    /** Counts the statements that read events. */
    private static final class StatementCounter extends EntityManagerAccess {
        final AtomicInteger statements = new AtomicInteger();

        StatementCounter(TestDatabase db) {
            super(db.entityManager());
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
            if (type == AOActivityEvent.class) {
                statements.incrementAndGet();
            }
            super.stream(type, query, callback);
        }
    }
}
