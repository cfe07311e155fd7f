package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ao.AOVisibleSet;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.MutableClock;
import org.valuematrix.testing.TestDatabase;

/**
 * Stored visible-container sets on a real database: stored once per content and shared between
 * nodes, written anew when close to their purge, purged when unused for a week, and safe when
 * two nodes write the same set at once. Each {@link VisibleSets} instance stands for a node.
 */
abstract class VisibleSetsContract extends DatabaseContract {
    private static final Set<String> ABC = Set.of("SP-A", "SP-B", "PJ-C");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T09:00:00Z"));

    @BeforeEach
    void emptyTables() {
        db.clear();
        clock.set(Instant.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void idOf_shouldStoreExactlyTheKeysOnce_andShareThemWithOtherNodes() {
        int id = node().idOf(ABC);

        assertThat(keysOf(id)).containsExactlyInAnyOrderElementsOf(ABC);
        assertThat(node().idOf(new LinkedHashSet<>(List.of("PJ-C", "SP-B", "SP-A")))).isEqualTo(id);
        assertThat(db.count(AOVisibleSet.class)).isEqualTo(1);
        assertThat(db.count(AOVisibleKey.class)).isEqualTo(3);
    }

    @Test
    void idOf_shouldGiveEverySetItsOwnId() {
        VisibleSets node = node();
        int abc = node.idOf(ABC);
        int ab = node.idOf(Set.of("SP-A", "SP-B"));
        int abcd = node.idOf(Set.of("SP-A", "SP-B", "PJ-C", "PJ-D"));

        assertThat(Set.of(abc, ab, abcd)).hasSize(3);
        assertThat(keysOf(ab)).containsExactlyInAnyOrder("SP-A", "SP-B");
        assertThat(keysOf(abc)).containsExactlyInAnyOrderElementsOf(ABC);
    }

    @Test
    void idOf_shouldStoreKeysVerbatim_whateverTheyHoldAndHowLong() {
        Set<String> odd = Set.of("it's", "a\"b", "x' OR '1'='1", "ünï©ødé", "k".repeat(255), "a,b");
        assertThat(keysOf(node().idOf(odd))).containsExactlyInAnyOrderElementsOf(odd);
        assertThat(node().idOf(Set.of("a", "b,c"))).isNotEqualTo(node().idOf(Set.of("a,b", "c")));
    }

    @Test
    void idOf_shouldUseTheOtherNodesCopy_whenBothWroteTheSameNewSetAtOnce() {
        int first = node().idOf(ABC);
        // The second node looked before the first committed, found nothing and writes too: the
        // unique hash refuses its copy, and it must then use the first one.
        VisibleSets late = new VisibleSets(new MissesFirstLookUp(db), clock);

        assertThat(late.idOf(ABC)).isEqualTo(first);
        assertThat(db.count(AOVisibleSet.class)).isEqualTo(1);
        assertThat(keysOf(first)).containsExactlyInAnyOrderElementsOf(ABC);
    }

    @Test
    void purge_shouldDeleteSetsUnusedForAWeek_andKeepTheOthers() {
        int old = node().idOf(ABC);
        clock.advance(Duration.ofDays(5));
        int fresh = node().idOf(Set.of("SP-A"));
        clock.advance(Duration.ofDays(3));

        assertThat(node().purgeUnused()).isEqualTo(1);
        assertThat(keysOf(old)).isEmpty();
        assertThat(keysOf(fresh)).containsExactly("SP-A");
        assertThat(db.count(AOVisibleSet.class)).isEqualTo(1);
    }

    @Test
    void purge_shouldKeepASet_thatANodeUsedWithinTheWeek() {
        int id = node().idOf(ABC);
        clock.advance(Duration.ofDays(2));
        assertThat(node().idOf(ABC)).isEqualTo(id);
        clock.advance(Duration.ofDays(6));

        assertThat(node().purgeUnused()).isZero();
        assertThat(keysOf(id)).containsExactlyInAnyOrderElementsOf(ABC);
    }

    @Test
    void idOf_shouldWriteANewCopy_ratherThanReuseASetThatMayBeBeingPurged() {
        int old = node().idOf(ABC);
        clock.advance(Duration.ofDays(4));
        int renewed = node().idOf(ABC);

        assertThat(renewed).isNotEqualTo(old);
        assertThat(keysOf(old)).isEmpty();
        assertThat(keysOf(renewed)).containsExactlyInAnyOrderElementsOf(ABC);
        assertThat(db.count(AOVisibleSet.class)).isEqualTo(1);
    }

    @Test
    void purgeUnused_shouldDeleteEveryUnusedSet_batchAfterBatch() {
        VisibleSets node = new VisibleSets(db.ao(), clock, 2);
        List<Integer> stale = List.of(node.idOf(Set.of("SP-A")), node.idOf(Set.of("SP-B")),
                node.idOf(Set.of("SP-C")), node.idOf(Set.of("SP-D")), node.idOf(Set.of("SP-E")));
        clock.advance(Duration.ofDays(8));
        int used = node.idOf(ABC);

        assertThat(node.purgeUnused()).isEqualTo(5);
        assertThat(stale).allSatisfy(id -> assertThat(keysOf(id)).isEmpty());
        assertThat(keysOf(used)).containsExactlyInAnyOrderElementsOf(ABC);
    }

    @Test
    void idOf_shouldLeaveUnusedSetsToTheScheduledPurge() {
        VisibleSets node = node();
        int old = node.idOf(ABC);
        clock.advance(Duration.ofDays(8));

        node.idOf(Set.of("SP-A"));

        assertThat(keysOf(old)).as("a page never pays for a purge").containsExactlyInAnyOrderElementsOf(ABC);
    }

    @Test
    void aNode_shouldTrustASetForAnHour_thenLookAgain() {
        VisibleSets node = node();
        int id = node.idOf(ABC);
        db.update("DELETE FROM " + db.quotedTable(AOVisibleSet.class));
        db.update("DELETE FROM " + db.quotedTable(AOVisibleKey.class));
        assertThat(node.idOf(ABC)).as("within the hour").isEqualTo(id);

        clock.advance(Duration.ofMinutes(61));
        int again = node.idOf(ABC);
        assertThat(keysOf(again)).containsExactlyInAnyOrderElementsOf(ABC);
    }

    private VisibleSets node() {
        return new VisibleSets(db.ao(), clock);
    }

    private Set<String> keysOf(int setId) {
        return Arrays.stream(db.ao().find(AOVisibleKey.class, Query.select().where("SET_ID = ?", setId)))
                .map(AOVisibleKey::getContainerKey).collect(Collectors.toSet());
    }

    /** A node whose first look for a set comes before another node's copy is committed. */
    private static final class MissesFirstLookUp extends EntityManagerAccess {
        private final AtomicBoolean missed = new AtomicBoolean();

        MissesFirstLookUp(TestDatabase db) {
            super(db.entityManager());
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
            T[] found = super.find(type, query);
            if (type == AOVisibleSet.class && missed.compareAndSet(false, true)) {
                return Arrays.copyOf(found, 0);
            }
            return found;
        }
    }
}
