package org.valuematrix.activity.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.event;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;

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
abstract class StreamStoreFixture extends DatabaseContract {
    Organisation org;
    /** As wired: vic's four containers are bound as keys. */
    StreamService target;
    /** The same events read through the viewer's stored set, as for a viewer of many containers. */
    StreamService storedSet;
    /** Most tests only read: the ten events are stored again only after a test that writes. */
    private boolean dirty = true;

    @BeforeEach
    void tenEvents() {
        if (!dirty) {
            return;
        }
        dirty = false;
        db.clear();
        org = new Organisation(db, Clock.systemUTC()).standard();
        target = org.stream();
        storedSet = new StreamService(new StreamStore(db.ao(), Clock.systemUTC(),
                new VisibleSets(db.ao(), Clock.systemUTC()), 0), org.containers(), Clock.systemUTC());
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
    void writes() {
        dirty = true;
    }

    static StreamFilter all(int limit) {
        return StreamFilter.latest(limit);
    }

    static Instant day(long d) {
        return EventBuilder.T0.plus(Duration.ofDays(d));
    }

    static List<String> ids(List<ActivityEvent> events) {
        return events.stream().map(e -> e.captured().sourceId()).collect(Collectors.toList());
    }

    /** Pages through a filter to the end, as a client following nextCursor does. */
    List<ActivityEvent> everything(String viewer, StreamFilter filter) {
        return everything(target, viewer, filter);
    }

    static List<ActivityEvent> everything(StreamService target, String viewer, StreamFilter filter) {
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

    static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();
}
