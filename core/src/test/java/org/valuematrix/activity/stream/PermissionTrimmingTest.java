package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/**
 * Permission trimming as properties: for random organisations (people in groups, teams made of
 * groups, containers viewable by groups, owning teams), random events, filters and viewers,
 * paging through the stream returns exactly the events in containers the viewer may view that
 * match the filter — newest first, no duplicate, no gap — also while events keep arriving.
 * The expected set is computed here in plain Java from the generated organisation.
 */
class PermissionTrimmingTest {
    private static final int PEOPLE = 8;
    private static final int GROUPS = 5;
    private static final int TEAMS = 4;
    private static final int CONTAINERS = 6;
    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    private static TestDatabase db;

    private static synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.h2();
        }
        db.clear();
        return db;
    }

    @AfterContainer
    static void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Property(tries = 60)
    void paging_shouldReturnExactlyTheVisibleMatchingEventsInOrder(@ForAll("models") Model model,
            @ForAll("events") List<EventSpec> events, @ForAll("filters") FilterSpec filter,
            @ForAll @IntRange(min = 0, max = PEOPLE) int viewerIndex, @ForAll @IntRange(min = 1, max = 7) int pageSize,
            @ForAll @IntRange(min = 1, max = 15) int batchSize) {
        Organisation org = model.build(db());
        StreamService target = org.stream();
        ingest(org, events, "e", batchSize);
        String viewer = person(viewerIndex);
        Set<String> visible = model.visibleTo(viewerIndex);

        List<ActivityEvent> expected = org.stored().stream().filter(e -> filter.matches(e, visible))
                .sorted(NEWEST_FIRST).collect(Collectors.toList());
        Statistics.label("expected items")
                .collect(expected.isEmpty() ? "none" : expected.size() <= pageSize ? "one page" : "several pages");
        Statistics.label("some events hidden by permissions")
                .collect(org.stored().stream().anyMatch(e -> !visible.contains(e.containerKey())));
        List<ActivityEvent> paged = new ArrayList<>();
        Optional<StreamCursor> cursor = Optional.empty();
        int pages = 0;
        do {
            StreamPage page = target.page(viewer, filter.toFilter(pageSize).withCursor(cursor.orElse(null)));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            assertThat(page.items()).allSatisfy(e -> assertThat(visible).contains(e.containerKey()));
            paged.addAll(page.items());
            cursor = page.next();
            assertThat(++pages).isLessThanOrEqualTo(events.size() + 1);
        } while (cursor.isPresent());

        assertThat(ids(paged)).isEqualTo(ids(expected));
    }

    @Property(tries = 50)
    void paging_whileEventsArrive_shouldShowEveryEarlierMatchOnceInOrder(@ForAll("models") Model model,
            @ForAll("events") List<EventSpec> events, @ForAll("events") List<EventSpec> arrivals,
            @ForAll("filters") FilterSpec filter, @ForAll @IntRange(min = 0, max = PEOPLE) int viewerIndex,
            @ForAll @IntRange(min = 1, max = 5) int pageSize, @ForAll @IntRange(min = 1, max = 4) int arrivalsPerPage) {
        Organisation org = model.build(db());
        StreamService target = org.stream();
        ingest(org, events, "e", 10);
        String viewer = person(viewerIndex);
        Set<String> visible = model.visibleTo(viewerIndex);
        List<Long> expectedAtStart = org.stored().stream().filter(e -> filter.matches(e, visible))
                .map(ActivityEvent::id).collect(Collectors.toList());

        Iterator<EventSpec> arriving = arrivals.iterator();
        int sequence = 0;
        List<ActivityEvent> paged = new ArrayList<>();
        Optional<StreamCursor> cursor = Optional.empty();
        do {
            StreamPage page = target.page(viewer, filter.toFilter(pageSize).withCursor(cursor.orElse(null)));
            paged.addAll(page.items());
            cursor = page.next();
            for (int i = 0; i < arrivalsPerPage && arriving.hasNext(); i++) {
                org.ingest(arriving.next().toEvent("late" + sequence++));
            }
        } while (cursor.isPresent());

        assertThat(paged).allSatisfy(e -> assertThat(filter.matches(e, visible)).as("visible and matching").isTrue());
        for (int i = 1; i < paged.size(); i++) {
            assertThat(NEWEST_FIRST.compare(paged.get(i - 1), paged.get(i))).as("strictly newest first").isNegative();
        }
        List<Long> seen = paged.stream().map(ActivityEvent::id).collect(Collectors.toList());
        assertThat(seen).doesNotHaveDuplicates().containsAll(expectedAtStart);
    }

    private static void ingest(Organisation org, List<EventSpec> events, String prefix, int batchSize) {
        List<CapturedEvent> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            batch.add(events.get(i).toEvent(prefix + i));
            if (batch.size() == batchSize || i == events.size() - 1) {
                org.ingest().ingest(batch);
                batch = new ArrayList<>();
            }
        }
    }

    private static List<Long> ids(List<ActivityEvent> events) {
        return events.stream().map(ActivityEvent::id).collect(Collectors.toList());
    }

    private static String person(int i) {
        return i == PEOPLE ? "stranger" : "p" + i;
    }

    private static Instant minute(int m) {
        return EventBuilder.T0.plus(Duration.ofMinutes(m));
    }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<Set<Integer>> someGroups = Arbitraries.integers().between(0, GROUPS - 1).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<TeamSpec> team = Combinators.combine(Arbitraries.of(true, true, true, false),
                Arbitraries.of(TeamKind.INTERNAL, TeamKind.INTERNAL, TeamKind.CUSTOMER, TeamKind.PARTNER),
                Arbitraries.integers().between(0, GROUPS - 1).set().ofMinSize(1).ofMaxSize(2)).as(TeamSpec::new);
        return Combinators.combine(someGroups.list().ofSize(PEOPLE), team.list().ofSize(TEAMS),
                someGroups.list().ofSize(CONTAINERS), Arbitraries.integers().between(-1, TEAMS - 1).list().ofSize(CONTAINERS))
                .as(Model::new);
    }

    @Provide
    Arbitrary<List<EventSpec>> events() {
        return Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
                Arbitraries.integers().between(-1, PEOPLE - 1), Arbitraries.integers().between(0, CONTAINERS - 1),
                Arbitraries.of(Verb.class), Arbitraries.integers().between(0, 30)).as(EventSpec::new)
                .list().ofMinSize(5).ofMaxSize(40)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<FilterSpec> filters() {
        Arbitrary<Optional<Integer>> bound = Arbitraries.integers().between(0, 31).optional(0.15);
        return Combinators.combine(sometimes(Arbitraries.integers().between(0, TEAMS - 1).set().ofMinSize(1).ofMaxSize(2)),
                sometimes(Arbitraries.of(Scope.class).set().ofMinSize(1).ofMaxSize(2)),
                sometimes(Arbitraries.integers().between(0, CONTAINERS - 1).set().ofMinSize(1).ofMaxSize(3)),
                sometimes(Arbitraries.integers().between(0, PEOPLE - 1).set().ofMinSize(1).ofMaxSize(3)),
                sometimes(Arbitraries.of(Verb.class).set().ofMinSize(1).ofMaxSize(4)), bound, bound).as(FilterSpec::new);
    }

    /** A filter restricts by a dimension now and then, so that most filters still match something. */
    private static <T> Arbitrary<Set<T>> sometimes(Arbitrary<Set<T>> values) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Set.of())), Tuple.of(1, values));
    }

    /** A generated organisation. */
    static final class Model {
        final List<Set<Integer>> personGroups;
        final List<TeamSpec> teams;
        final List<Set<Integer>> viewGroups;
        final List<Integer> owners;

        Model(List<Set<Integer>> personGroups, List<TeamSpec> teams, List<Set<Integer>> viewGroups, List<Integer> owners) {
            this.personGroups = personGroups;
            this.teams = teams;
            this.viewGroups = viewGroups;
            this.owners = owners;
        }

        Organisation build(TestDatabase db) {
            Organisation org = new Organisation(db);
            for (int t = 0; t < TEAMS; t++) {
                TeamSpec spec = teams.get(t);
                if (spec.present) {
                    org.teamStore().put("t" + t, "Team " + t, spec.kind, names("g", spec.groups), t);
                }
            }
            for (int p = 0; p < PEOPLE; p++) {
                org.directory().user("p" + p, "Person " + p, names("g", personGroups.get(p)).toArray(new String[0]));
            }
            for (int c = 0; c < CONTAINERS; c++) {
                org.containers().space("C" + c, "Container " + c, names("g", viewGroups.get(c)).toArray(new String[0]));
                if (owners.get(c) >= 0) {
                    org.teamStore().setOwner("C" + c, "t" + owners.get(c));
                }
            }
            org.refresh();
            return org;
        }

        /** Computed from the model, not asked of the host port. */
        Set<String> visibleTo(int person) {
            Set<String> out = new HashSet<>();
            if (person == PEOPLE) {
                return out;
            }
            for (int c = 0; c < CONTAINERS; c++) {
                Set<Integer> shared = new HashSet<>(viewGroups.get(c));
                shared.retainAll(personGroups.get(person));
                if (!shared.isEmpty()) {
                    out.add("C" + c);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "Model[people=" + personGroups + ", teams=" + teams + ", view=" + viewGroups + ", owners=" + owners + "]";
        }
    }

    static List<String> names(String prefix, Set<Integer> indexes) {
        return indexes.stream().sorted().map(i -> prefix + i).collect(Collectors.toList());
    }

    static final class TeamSpec {
        final boolean present;
        final TeamKind kind;
        final Set<Integer> groups;

        TeamSpec(boolean present, TeamKind kind, Set<Integer> groups) {
            this.present = present;
            this.kind = kind;
            this.groups = groups;
        }

        @Override
        public String toString() {
            return present ? kind.wire() + groups : "-";
        }
    }

    static final class EventSpec {
        final int actor;
        final int counterpart;
        final int container;
        final Verb verb;
        final int minute;

        EventSpec(int actor, int counterpart, int container, Verb verb, int minute) {
            this.actor = actor;
            this.counterpart = counterpart;
            this.container = container;
            this.verb = verb;
            this.minute = minute;
        }

        CapturedEvent toEvent(String sourceId) {
            return EventBuilder.event().sourceId(sourceId).actor("p" + actor)
                    .counterpart(counterpart < 0 ? null : "p" + counterpart).in("C" + container).verb(verb)
                    .at(minute(minute)).build();
        }

        @Override
        public String toString() {
            return "p" + actor + "→" + (counterpart < 0 ? "-" : "p" + counterpart) + "@C" + container + "/" + verb.wire()
                    + "/m" + minute;
        }
    }

    static final class FilterSpec {
        final Set<String> teams;
        final Set<Scope> scopes;
        final Set<String> containers;
        final Set<String> actors;
        final Set<Verb> verbs;
        final Instant since;
        final Instant until;

        FilterSpec(Set<Integer> teams, Set<Scope> scopes, Set<Integer> containers, Set<Integer> actors, Set<Verb> verbs,
                Optional<Integer> since, Optional<Integer> until) {
            this.teams = Set.copyOf(names("t", teams));
            this.scopes = scopes;
            this.containers = Set.copyOf(names("C", containers));
            this.actors = Set.copyOf(names("p", actors));
            this.verbs = verbs;
            this.since = since.map(PermissionTrimmingTest::minute).orElse(null);
            this.until = until.map(PermissionTrimmingTest::minute).orElse(null);
        }

        StreamFilter toFilter(int limit) {
            return new StreamFilter(teams, scopes, containers, actors, verbs, since, until, limit, null);
        }

        /** The stream's promise, in plain Java over the stored classification. */
        boolean matches(ActivityEvent e, Set<String> visible) {
            Optional<String> actorTeam = e.classification().actorTeam();
            Optional<String> counterpartTeam = e.classification().counterpartTeam();
            return visible.contains(e.containerKey())
                    && (containers.isEmpty() || containers.contains(e.containerKey()))
                    && (teams.isEmpty() || actorTeam.filter(teams::contains).isPresent()
                            || counterpartTeam.filter(teams::contains).isPresent())
                    && (scopes.isEmpty() || e.scope().filter(scopes::contains).isPresent())
                    && (actors.isEmpty() || actors.contains(e.actor()))
                    && (verbs.isEmpty() || verbs.contains(e.verb()))
                    && (since == null || !e.occurredAt().isBefore(since))
                    && (until == null || e.occurredAt().isBefore(until));
        }

        @Override
        public String toString() {
            return "Filter[teams=" + teams + ", scopes=" + scopes + ", containers=" + containers + ", actors=" + actors
                    + ", verbs=" + verbs + ", since=" + since + ", until=" + until + "]";
        }
    }
}
