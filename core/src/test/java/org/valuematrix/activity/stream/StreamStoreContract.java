package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.testing.EventBuilder.event;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/**
 * The permission-trimmed, keyset-paged stream ({@link StreamService} over {@link StreamStore}),
 * run on every database the hosts use. Ten events of the standard organisation:
 *
 * <pre>
 * e1  day 0  ann→bob    ENG  commented    within   eng/eng
 * e2  day 1  ann→carl   ENG  commented    across   eng/support
 * e3  day 2  carl→dora  ACME replied      external support/acme
 * e4  day 3  carl       SUP  created      -        support
 * e5  day 4  dora→carl  ACME liked        external acme/support
 * e6  day 5  eve→vic    OPEN mentioned    within   -/-
 * e7  day 5  bob→carl   SUP  assigned     across   eng/support
 * e8  day 6  ann→eve    OPEN updated      across   eng/-
 * e9  day 6  carl→ann   SUP  transitioned across   support/eng
 * e10 day 6  pat→ann    ENG  resolved     external partnerco/eng
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StreamStoreContract {
    private TestDatabase db;
    private Organisation org;
    private StreamService target;
    /** Most tests only read: the ten events are stored again only after a test that writes. */
    private boolean dirty = true;

    protected abstract TestDatabase createDatabase();


    @BeforeAll
    void startDatabase() {
        db = createDatabase();
    }

    @AfterAll
    void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void tenEvents() {
        if (!dirty) {
            return;
        }
        dirty = false;
        db.clear();
        org = new Organisation(db, Clock.systemUTC()).standard();
        target = org.stream();
        org.ingest(
                interaction("ann", "bob").sourceId("e1").day(0).in("ENG").verb(Verb.COMMENTED).build(),
                interaction("ann", "carl").sourceId("e2").day(1).in("ENG").verb(Verb.COMMENTED).build(),
                interaction("carl", "dora").sourceId("e3").day(2).in("ACME").verb(Verb.REPLIED).build(),
                event().actor("carl").alone().sourceId("e4").day(3).in("SUP").product("jira").verb(Verb.CREATED).build(),
                interaction("dora", "carl").sourceId("e5").day(4).in("ACME").verb(Verb.LIKED).build(),
                interaction("eve", "vic").sourceId("e6").day(5).in("OPEN").verb(Verb.MENTIONED).build(),
                interaction("bob", "carl").sourceId("e7").day(5).in("SUP").product("jira").verb(Verb.ASSIGNED).build(),
                interaction("ann", "eve").sourceId("e8").day(6).in("OPEN").verb(Verb.UPDATED).build(),
                interaction("carl", "ann").sourceId("e9").day(6).in("SUP").product("jira").verb(Verb.TRANSITIONED).build(),
                interaction("pat", "ann").sourceId("e10").day(6).in("ENG").verb(Verb.RESOLVED).build());
    }

    /** Marks the data as changed by this test, so the next test starts from the ten events again. */
    private void writes() {
        dirty = true;
    }

    private static StreamFilter all(int limit) {
        return StreamFilter.latest(limit);
    }

    private static Instant day(long d) {
        return EventBuilder.T0.plus(Duration.ofDays(d));
    }

    private static List<String> ids(List<ActivityEvent> events) {
        return events.stream().map(e -> e.captured().sourceId()).collect(Collectors.toList());
    }

    /** Pages through a filter to the end, as a client following nextCursor does. */
    private List<ActivityEvent> everything(String viewer, StreamFilter filter) {
        List<ActivityEvent> out = new ArrayList<>();
        StreamPage page = target.page(viewer, filter);
        out.addAll(page.items());
        int pages = 1;
        while (page.next().isPresent()) {
            assertThat(page.items()).hasSize(filter.limit());
            page = target.page(viewer, filter.withCursor(page.next().get()));
            out.addAll(page.items());
            assertThat(++pages).as("paging terminates").isLessThan(100);
        }
        assertThat(page.items().size()).isLessThanOrEqualTo(filter.limit());
        return out;
    }

    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    @Test
    void page_shouldFindEventsAtEveryDistanceFromNowThroughWideningWindows() {
        writes();
        Instant now = Instant.now();
        org.ingest(
                interaction("ann", "bob").sourceId("future").at(now.plus(Duration.ofDays(3))).in("ENG").build(),
                interaction("ann", "bob").sourceId("minutes").at(now.minus(Duration.ofMinutes(5))).in("ENG").build(),
                interaction("ann", "bob").sourceId("hours").at(now.minus(Duration.ofHours(30))).in("ENG").build(),
                interaction("ann", "bob").sourceId("twelve-years").at(now.minus(Duration.ofDays(4400))).in("ENG").build());

        List<String> first = ids(target.page("vic", all(3)).items());
        List<String> whole = ids(everything("vic", all(2)));

        assertThat(first).containsExactly("future", "minutes", "hours");
        assertThat(whole).hasSize(14).startsWith("future", "minutes", "hours").endsWith("twelve-years");
        assertThat(ids(target.page("vic", all(25).withCursor(new StreamCursor(now.toEpochMilli(), Long.MAX_VALUE)))
                .items())).startsWith("minutes", "hours").doesNotContain("future");
    }

    @Test
    void page_shouldBeNewestFirstAndByIdDescendingAtTheSameTime() {
        List<ActivityEvent> stored = org.stored();
        List<ActivityEvent> expected = new ArrayList<>(stored);
        expected.sort(NEWEST_FIRST);

        StreamPage page = target.page("vic", all(25));

        assertThat(ids(page.items())).isEqualTo(ids(expected));
        assertThat(ids(page.items()).subList(3, 10)).containsExactly("e7", "e6", "e5", "e4", "e3", "e2", "e1");
        assertThat(ids(page.items()).subList(0, 3)).containsExactlyInAnyOrder("e8", "e9", "e10");
        assertThat(page.next()).isEmpty();
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 9, 10, 11})
    void paging_shouldReturnEverythingOnceInOrderWhateverThePageSize(int limit) {
        List<ActivityEvent> whole = target.page("vic", all(200)).items();

        List<ActivityEvent> paged = everything("vic", all(limit));

        assertThat(ids(paged)).isEqualTo(ids(whole)).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void page_exactlyFull_shouldHaveNoNextCursor() {
        StreamPage page = target.page("vic", all(10));

        assertThat(page.items()).hasSize(10);
        assertThat(page.next()).isEmpty();
    }

    static Stream<Arguments> filters() {
        StreamFilter f = StreamFilter.latest(200);
        return Stream.of(
                arguments("team eng (actor or counterpart)", f.withTeams(Set.of("eng")),
                        Set.of("e1", "e2", "e7", "e8", "e9", "e10")),
                arguments("team acme", f.withTeams(Set.of("acme")), Set.of("e3", "e5")),
                arguments("teams support, acme", f.withTeams(Set.of("support", "acme")),
                        Set.of("e2", "e3", "e4", "e5", "e7", "e9")),
                arguments("unknown team", f.withTeams(Set.of("nobody")), Set.of()),
                arguments("scope across", f.withScopes(Set.of(Scope.ACROSS)), Set.of("e2", "e7", "e8", "e9")),
                arguments("scopes within, external", f.withScopes(Set.of(Scope.WITHIN, Scope.EXTERNAL)),
                        Set.of("e1", "e3", "e5", "e6", "e10")),
                arguments("container OPEN", f.withContainers(Set.of("OPEN")), Set.of("e6", "e8")),
                arguments("containers OPEN, ACME", f.withContainers(Set.of("OPEN", "ACME")),
                        Set.of("e3", "e5", "e6", "e8")),
                arguments("actor carl", filter(Set.of(), Set.of("carl"), Set.of(), null, null), Set.of("e3", "e4", "e9")),
                arguments("actors carl, pat", filter(Set.of(), Set.of("carl", "pat"), Set.of(), null, null),
                        Set.of("e3", "e4", "e9", "e10")),
                arguments("verb commented", filter(Set.of(), Set.of(), Set.of(Verb.COMMENTED), null, null),
                        Set.of("e1", "e2")),
                arguments("verbs liked, created", filter(Set.of(), Set.of(), Set.of(Verb.LIKED, Verb.CREATED), null, null),
                        Set.of("e4", "e5")),
                arguments("since day 5 (inclusive)", filter(Set.of(), Set.of(), Set.of(), day(5), null),
                        Set.of("e6", "e7", "e8", "e9", "e10")),
                arguments("until day 5 (exclusive)", filter(Set.of(), Set.of(), Set.of(), null, day(5)),
                        Set.of("e1", "e2", "e3", "e4", "e5")),
                arguments("since day 2, until day 5", filter(Set.of(), Set.of(), Set.of(), day(2), day(5)),
                        Set.of("e3", "e4", "e5")),
                arguments("since 1 ms after day 6", filter(Set.of(), Set.of(), Set.of(), day(6).plusMillis(1), null),
                        Set.of()),
                arguments("team eng, scope across, since day 1",
                        filter(Set.of(), Set.of(), Set.of(), day(1), null).withTeams(Set.of("eng"))
                                .withScopes(Set.of(Scope.ACROSS)), Set.of("e2", "e7", "e8", "e9")),
                arguments("team support, container SUP, verb assigned",
                        filter(Set.of("SUP"), Set.of(), Set.of(Verb.ASSIGNED), null, null).withTeams(Set.of("support")),
                        Set.of("e7")));
    }

    private static StreamFilter filter(Set<String> containers, Set<String> actors, Set<Verb> verbs, Instant since,
            Instant until) {
        return new StreamFilter(Set.of(), Set.of(), containers, actors, verbs, since, until, 200, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void page_shouldReturnExactlyWhatTheFiltersMatch(String why, StreamFilter filter, Set<String> expected) {
        List<ActivityEvent> items = target.page("vic", filter).items();

        assertThat(ids(items)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(items).isSortedAccordingTo(NEWEST_FIRST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void paging_withAFilter_shouldReturnTheSameAsOnePage(String why, StreamFilter filter, Set<String> expected) {
        assertThat(ids(everything("vic", filter.withLimit(2)))).isEqualTo(ids(target.page("vic", filter).items()));
    }

    @Test
    void page_shouldOnlyShowContainersTheViewerMayView() {
        assertThat(ids(target.page("dora", all(50)).items())).containsExactlyInAnyOrder("e3", "e5");
        assertThat(ids(target.page("carl", all(50)).items())).hasSize(10);
        assertThat(ids(target.page("pat", all(50)).items())).as("partnerco may view nothing").isEmpty();
        assertThat(target.page(null, all(50)).items()).as("anonymous").isEmpty();
        assertThat(target.page("ghost", all(50)).items()).as("unknown user").isEmpty();
    }

    @Test
    void page_askingForAContainerTheViewerMayNotView_shouldShowNothingFromIt() {
        StreamFilter onlyEng = all(50).withContainers(Set.of("ENG"));
        StreamFilter engAndAcme = all(50).withContainers(Set.of("ENG", "ACME"));

        assertThat(target.page("dora", onlyEng).items()).isEmpty();
        assertThat(ids(target.page("dora", engAndAcme).items())).containsExactlyInAnyOrder("e3", "e5");
    }

    @Test
    void page_shouldAskTheHostForVisibleContainersOncePerViewerNotPerItem() {
        target = new StreamService(org.streamStore(), org.containers(), java.time.Clock.systemUTC());
        writes();
        int before = org.containers().visibleToCalls();

        everything("vic", all(1));
        target.page("ann", all(3));

        assertThat(org.containers().visibleToCalls() - before).isEqualTo(2);
    }

    @Test
    void page_viewerWhoMayViewManyContainers_shouldStillBeTrimmedInTheQuery() {
        writes();
        for (int i = 0; i < 1_200; i++) {
            org.containers().space("S" + i, "Space " + i, "many");
        }
        org.directory().user("max", "Max", "many", "acme");
        org.ingest(interaction("ann", "bob").sourceId("in-s777").in("S777").day(7).build(),
                interaction("ann", "bob").sourceId("in-s1199").in("S1199").day(8).build());

        assertThat(ids(everything("max", all(3)))).containsExactly("in-s1199", "in-s777", "e5", "e3");
    }

    @Test
    void page_containerKeysWithQuotesOrSql_shouldBeTrimmedExactlyAndNeverChangeTheStatement() {
        writes();
        String quoted = "Q'S";
        String injection = "X') OR 1=1 OR ('1'='1";
        org.containers().space(quoted, "Quoted", "odd");
        org.containers().space(injection, "Injection", "odd");
        org.containers().space("PLAIN", "Plain", "odd", "plainonly");
        org.directory().user("olga", "Olga", "odd");
        org.directory().user("paul", "Paul", "plainonly");
        org.ingest(interaction("ann", "bob").sourceId("in-quoted").in(quoted).day(7).build(),
                interaction("ann", "bob").sourceId("in-injection").in(injection).day(8).build(),
                interaction("ann", "bob").sourceId("in-plain").in("PLAIN").day(9).build());

        assertThat(ids(everything("olga", all(2)))).containsExactly("in-plain", "in-injection", "in-quoted");
        assertThat(ids(everything("paul", all(2)))).as("keys that would break out of a literal").containsExactly(
                "in-plain");
        assertThat(ids(everything("olga", all(5).withContainers(Set.of(quoted))))).containsExactly("in-quoted");
    }

    @Test
    void paging_whileNewEventsArrive_shouldNeitherRepeatNorSkipWhatExisted() {
        writes();
        List<String> before = ids(target.page("vic", all(200)).items());
        StreamPage first = target.page("vic", all(4));

        org.ingest(interaction("ann", "bob").sourceId("newest").day(30).build(),
                interaction("ann", "carl").sourceId("same-time-as-e8").day(6).build(),
                interaction("bob", "ann").sourceId("older").at(day(3).plus(Duration.ofHours(1))).build());
        List<ActivityEvent> rest = everything("vic", all(4).withCursor(first.next().orElseThrow()));

        List<ActivityEvent> seen = new ArrayList<>(first.items());
        seen.addAll(rest);
        assertThat(ids(seen)).doesNotHaveDuplicates().containsAll(before).doesNotContain("newest", "same-time-as-e8");
        assertThat(seen).isSortedAccordingTo(NEWEST_FIRST);
        Set<String> extra = new HashSet<>(ids(seen));
        before.forEach(extra::remove);
        assertThat(extra).as("arrived behind the cursor: may show").isSubsetOf(Set.of("older"));
    }

    @Test
    void teamPage_rowGoneBetweenReadingItsKeyAndItsRow_shouldStillBeFullAndPageOn() {
        writes();
        StreamFilter eng = all(2).withTeams(Set.of("eng"));
        // e8 (ann, of eng, acting) is among the first page's keys (limit + 1: e8, e9, e10); it
        // goes after the actor side is read, before the rows are fetched.
        target = new StreamService(new StreamStore(new DeletesAfterFirstRows(db, "e8"), Clock.systemUTC()),
                org.containers(), Clock.systemUTC());

        StreamPage first = target.page("vic", eng);

        assertThat(first.items()).hasSize(2);
        assertThat(first.next()).as("e7, e2 and e1 are still to come").isPresent();
        assertThat(ids(everything("vic", eng))).containsExactlyInAnyOrder("e9", "e10", "e7", "e2", "e1");
    }

    /** A database in which an event is deleted by hand once a page's first rows have been read. */
    private static final class DeletesAfterFirstRows extends EntityManagerAccess {
        private final TestDatabase db;
        private final String sourceId;
        private final AtomicBoolean done = new AtomicBoolean();

        DeletesAfterFirstRows(TestDatabase db, String sourceId) {
            super(db.entityManager());
            this.db = db;
            this.sourceId = sourceId;
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
            AtomicBoolean any = new AtomicBoolean();
            super.stream(type, query, row -> {
                any.set(true);
                callback.onRowRead(row);
            });
            if (type == AOActivityEvent.class && any.get() && done.compareAndSet(false, true)) {
                db.update("DELETE FROM " + db.quotedTable(AOActivityEvent.class) + " WHERE "
                        + "\"SOURCE_ID\" = '" + sourceId + "'");
            }
        }
    }

    @Test
    void page_beyondTheLastItem_shouldBeEmpty() {
        ActivityEvent oldest = target.page("vic", all(200)).items().get(9);

        StreamPage page = target.page("vic", all(5).withCursor(
                new StreamCursor(oldest.occurredAt().toEpochMilli(), oldest.id())));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void events_withTheSameTimestamp_shouldPageByIdAcrossPageBoundaries() {
        writes();
        org.ingest(IntStream.range(0, 7).mapToObj(i -> interaction("ann", "bob").sourceId("same" + i).day(20).build())
                .toArray(org.valuematrix.activity.CapturedEvent[]::new));

        List<ActivityEvent> paged = everything("vic", all(3));

        assertThat(paged).hasSize(17).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(ids(paged)).doesNotHaveDuplicates();
    }
}
