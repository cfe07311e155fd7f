package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ao.AOVisibleSet;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;

/**
 * A container filter never grows the database: however many different sets of containers a
 * viewer asks for, the only set stored is the viewer's whole visible set (none for a viewer of a
 * few containers), and every answer is exactly the events of the containers asked for that the
 * viewer may view.
 *
 * <p>wendy may view the twenty containers K00–K19; X0–X4 are other people's. Each container
 * holds two events of the last hour.
 */
abstract class StreamStoreContainerFilterContract extends DatabaseContract {
    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    private static final Instant NOW = EventBuilder.T0;

    private Organisation org;
    private List<String> keys;
    private List<ActivityEvent> stored;

    @BeforeEach
    void twentyVisibleContainers() {
        db.clear();
        org = new Organisation(db, Clock.fixed(NOW, ZoneOffset.UTC)).standard();
        keys = new ArrayList<>();
        List<CapturedEvent> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String key = i < 20 ? String.format("K%02d", i) : "X" + (i - 20);
            org.containers().space(key, "Space " + key, i < 20 ? "wide" : "other");
            keys.add(key);
            events.add(interaction("ann", "bob").sourceId(key + "-a").at(NOW.minus(Duration.ofMinutes(1 + i)))
                    .in(key).build());
            events.add(interaction("bob", "carl").sourceId(key + "-b").at(NOW.minus(Duration.ofMinutes(50 - i)))
                    .in(key).build());
        }
        org.directory().user("wendy", "Wendy", "wide");
        org.ingest(events.toArray(CapturedEvent[]::new));
        stored = org.stored();
    }

    @Test
    void twoThousandDifferentContainerFilters_shouldStoreOnlyTheViewersWholeSet_andAnswerEachExactly() {
        StreamService target = org.stream();
        Random random = new Random(10);
        Set<Set<String>> asked = new HashSet<>();
        for (int request = 0; request < 2_000; request++) {
            List<String> shuffled = new ArrayList<>(keys);
            Collections.shuffle(shuffled, random);
            Set<String> filter = new HashSet<>(shuffled.subList(0, 1 + random.nextInt(keys.size())));
            asked.add(filter);

            List<ActivityEvent> items = target.page("wendy", lastTwoHours().withContainers(filter)).items();

            assertThat(ids(items)).as("containers %s", filter).isEqualTo(ids(stored.stream()
                    .filter(e -> filter.contains(e.containerKey()) && !e.containerKey().startsWith("X"))
                    .sorted(NEWEST_FIRST).collect(Collectors.toList())));
        }
        assertThat(asked.size()).as("distinct filters asked").isGreaterThan(1_500);
        target.page("wendy", lastTwoHours());

        assertThat(db.count(AOVisibleSet.class)).as("stored sets").isEqualTo(1);
        assertThat(db.count(AOVisibleKey.class)).as("stored keys").isEqualTo(20);
    }

    @Test
    void aFilterOfEveryVisibleContainer_shouldUseTheViewersStoredSet() {
        StreamService target = org.stream();
        Set<String> everything = new HashSet<>(keys);

        List<ActivityEvent> whole = target.page("wendy", StreamFilter.latest(50)).items();
        List<ActivityEvent> asked = target.page("wendy", StreamFilter.latest(50).withContainers(everything)).items();

        assertThat(ids(asked)).isEqualTo(ids(whole)).hasSize(40);
        assertThat(db.count(AOVisibleSet.class)).isEqualTo(1);
    }

    @Test
    void aViewerOfAFewContainers_shouldStoreNoSet() {
        StreamService target = org.stream();

        target.page("dora", lastTwoHours());
        target.page("dora", lastTwoHours().withVerbs(Set.of(Verb.COMMENTED)));

        assertThat(db.count(AOVisibleSet.class)).isZero();
    }

    private static StreamFilter lastTwoHours() {
        return StreamFilter.latest(50).withPeriod(NOW.minus(Duration.ofHours(2)), null);
    }

    private static List<Long> ids(List<ActivityEvent> events) {
        return events.stream().map(ActivityEvent::id).collect(Collectors.toList());
    }
}
