package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.testing.TestDatabase;

/** Order, paging and the widening time windows of the stream, over the ten events. */
abstract class StreamStorePagingContract extends StreamStoreFixture {
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
        assertThat(ids(everything(storedSet, "vic", all(2)))).as("through the stored set").isEqualTo(whole);
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
        assertThat(ids(everything(storedSet, "vic", all(limit)))).as("through the stored set").isEqualTo(ids(whole));
    }

    @Test
    void page_exactlyFull_shouldHaveNoNextCursor() {
        StreamPage page = target.page("vic", all(10));

        assertThat(page.items()).hasSize(10);
        assertThat(page.next()).isEmpty();
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
        // Through the stored set and the team indexes, as for a viewer of many containers.
        DeletesAfterFirstRows ao = new DeletesAfterFirstRows(db, "e8");
        target = new StreamService(new StreamStore(ao, Clock.systemUTC(), new VisibleSets(ao, Clock.systemUTC()), 0),
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
        assertThat(ids(everything(storedSet, "vic", all(3)))).as("through the stored set").isEqualTo(ids(paged));
    }
}
