package org.valuematrix.activity.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.stream.StreamStatements.Readable;
import org.valuematrix.activity.stream.StreamStatements.Where;
import org.valuematrix.spi.EntityAccess;

/**
 * Reads stored events with keyset paging on (OCCURRED_AT, ID) descending, restricted in the
 * database to the containers the viewer may read: never fetch-then-filter. Three ways, by how
 * many containers a page may read:
 * <ul>
 * <li><b>A few</b> (up to {@link #SEEK_CONTAINERS}): one statement per container, each walking
 * that container's range of the (container, time) index newest-first and stopping after the
 * page; the rows are merged here. What a page reads is then proportional to the page, whatever
 * share of the site's events those containers hold and however rare the filter (the verb and
 * the scope are tested in the index).</li>
 * <li><b>The viewer's whole visible set</b>: joined from a {@link VisibleSets stored set}, one
 * parameter whatever its size. Only whole visible sets are stored, one per distinct set of
 * containers the host gives viewers, so reads never grow the database with a user's
 * requests.</li>
 * <li><b>A container filter narrower than that</b> (more than a few keys): the readable keys
 * bound in the statement.</li>
 * </ul>
 * In the last two ways every query carries a lower time bound, the page's current
 * {@link TimeWindows window}, widened until the page is full or the window holds everything.
 * A window that returns a full page holds the page exactly (anything outside it is older than
 * all of it). Inside a window the database walks the time index newest-first, tests the scope
 * in the index (see {@link AOActivityEvent}), looks each entry's container up and stops when
 * the page is full; the bound keeps the statement to one range of that index whatever the
 * planner would otherwise choose, and limits what a sparse filter reads. A filter on a few
 * teams reads, in each window, the keys from every team's actor and counterpart index ranges
 * and merges them; the page's rows are then fetched by id in one statement.
 */
public class StreamStore {
    /** Up to this many teams in a filter, each team's events are read through its own index ranges. */
    public static final int SEEK_TEAMS = 4;
    /** Up to this many readable containers, each container's events are read through its own index range. */
    public static final int SEEK_CONTAINERS = 4;
    /** Every column {@link #toEvent} reads (Active Objects qualifies them with the alias). */
    private static final String COLUMNS = "ID, SOURCE_ID, OCCURRED_AT, ACTOR, VERB, OBJECT_TYPE, OBJECT_ID, OBJECT_TITLE,"
            + " OBJECT_URL, CONTAINER_KEY, PRODUCT, COUNTERPART, SCOPE, NOVELTY, ACTOR_TEAM, COUNTERPART_TEAM";
    /** What a team statement reads: the page's keys, held whole in the team indexes. */
    private static final String KEY_COLUMNS = "ID, OCCURRED_AT";
    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    private final EntityAccess ao;
    private final Clock clock;
    private final VisibleSets sets;
    private final int seekContainers;

    public StreamStore(EntityAccess ao, Clock clock) {
        this(ao, clock, new VisibleSets(ao, clock));
    }

    public StreamStore(EntityAccess ao, Clock clock, VisibleSets sets) {
        this(ao, clock, sets, SEEK_CONTAINERS);
    }

    /** @param seekContainers up to how many readable containers a page reads container by container */
    StreamStore(EntityAccess ao, Clock clock, VisibleSets sets, int seekContainers) {
        this.ao = ao;
        this.clock = clock;
        this.sets = sets;
        this.seekContainers = seekContainers;
    }

    /**
     * @param filter validated filters, cursor and limit; its containers, if any, narrow what is read
     * @param visible every container the viewer may view, as the host says (not copied: pass the
     *     same instance for the same viewer, and the stored set is found without comparing keys)
     * @param max how many rows to read at most
     */
    public List<ActivityEvent> find(StreamFilter filter, Set<String> visible, int max) {
        Set<String> readable = readable(visible, filter.containers());
        if (readable.isEmpty()) {
            return List.of();
        }
        if (readable.size() <= seekContainers) {
            return byContainer(filter, readable, max);
        }
        Readable where = readable == visible ? Readable.stored(sets.idOf(visible)) : Readable.keys(readable);
        if (!seeksTeams(filter)) {
            return inOneStatement(filter, where, max);
        }
        List<Key> keys = TimeWindows.widening(filter, clock.millis(), max,
                lower -> teamKeys(filter, where, max, lower));
        List<ActivityEvent> rows = byIds(keys);
        // Events are never updated or deleted, so every id read comes back; should a row be gone
        // (removed from the database by hand), the page is read again in one statement per window
        // rather than come back short, which would end the stream early.
        return rows.size() == keys.size() ? rows : inOneStatement(filter, where, max);
    }

    /**
     * @return the containers a page reads: the viewer's own set when the filter asks for none or
     *     for all of them, else the keys asked for that the viewer may view
     */
    private static Set<String> readable(Set<String> visible, Set<String> asked) {
        if (asked.isEmpty()) {
            return visible;
        }
        Set<String> both = new HashSet<>(asked);
        both.retainAll(visible);
        return both.size() == visible.size() ? visible : both;
    }

    /** @return whether a filter's teams are read through their own index ranges */
    public static boolean seeksTeams(StreamFilter filter) {
        return !filter.teams().isEmpty() && filter.teams().size() <= SEEK_TEAMS;
    }

    /** @return whether a page that may read these many containers reads them one by one */
    public static boolean seeksContainers(int readable) {
        return readable <= SEEK_CONTAINERS;
    }

    private List<ActivityEvent> inOneStatement(StreamFilter filter, Readable readable, int max) {
        return TimeWindows.widening(filter, clock.millis(), max,
                lower -> query(StreamStatements.select(COLUMNS, readable, StreamStatements.teams(filter),
                        StreamStatements.NEWEST, filter, max, lower)));
    }

    /**
     * Each container's newest matching events, through its own range of the (container, time)
     * index: no time window, as a container's range holds nothing of the containers the viewer
     * may not read. The order names the container first (one value here, so the same order),
     * the index's own order. Once the page is full, the next containers are read only back to its
     * oldest row: older rows could not make the page.
     */
    private List<ActivityEvent> byContainer(StreamFilter filter, Set<String> keys, int max) {
        long since = filter.since().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        List<ActivityEvent> rows = new ArrayList<>();
        for (String key : keys) {
            long lower = rows.size() < max ? since : Math.max(since, rows.get(max - 1).occurredAt().toEpochMilli());
            rows.addAll(query(StreamStatements.select(COLUMNS, Readable.keys(Set.of(key)), StreamStatements.teams(filter),
                    "e.CONTAINER_KEY DESC, " + StreamStatements.NEWEST, filter, max, lower)));
            rows.sort(NEWEST_FIRST);
            if (rows.size() > max) {
                rows.subList(max, rows.size()).clear();
            }
        }
        return rows;
    }

    /**
     * A team's events are a few in a hundred: they are read through the team indexes, one range
     * per team and side, instead of every event of the window through the time index. The order
     * names the team column first (it is one value here, so the order is the same): that is the
     * index's own order, which the database can walk newest-first and stop after the page
     * instead of sorting the whole range.
     *
     * <p>Only the keys are read here, every column of which the team index holds, so the
     * database can answer from the index alone; the rows are fetched once, for the page. When
     * a window is sparse for the viewer, a database that reads a team's range in one go (a
     * bitmap scan) otherwise fetches every row of the team in the window to keep a few.
     */
    private List<Key> teamKeys(StreamFilter filter, Readable readable, int max, long lower) {
        Map<Long, Key> byId = new LinkedHashMap<>();
        for (String team : filter.teams()) {
            for (String column : new String[] {"e.ACTOR_TEAM", "e.COUNTERPART_TEAM"}) {
                Where side = new Where();
                side.add(column + " = ?", team);
                Query query = StreamStatements.select(KEY_COLUMNS, readable, side,
                        column + " DESC, " + StreamStatements.NEWEST, filter, max, lower);
                ao.stream(AOActivityEvent.class, query,
                        row -> byId.putIfAbsent((long) row.getID(), new Key(row.getID(), row.getOccurredAt())));
            }
        }
        return byId.values().stream().sorted(Key.NEWEST_FIRST).limit(max).collect(Collectors.toList());
    }

    private List<ActivityEvent> byIds(List<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        where.in("ID", keys.stream().map(Key::id).collect(Collectors.toList()));
        List<ActivityEvent> out = new ArrayList<>(keys.size());
        ao.stream(AOActivityEvent.class, Query.select(COLUMNS).where(where.sql(), where.params.toArray()),
                row -> out.add(toEvent(row)));
        out.sort(NEWEST_FIRST);
        return out;
    }

    private List<ActivityEvent> query(Query query) {
        // Streamed, read-only rows: find() would build an entity proxy per row and work out the
        // entity's column names again on every call, most of core's cost over plain JDBC once
        // a page is a millisecond of database work.
        List<ActivityEvent> out = new ArrayList<>();
        ao.stream(AOActivityEvent.class, query, row -> out.add(toEvent(row)));
        return out;
    }

    public static ActivityEvent toEvent(AOActivityEvent row) {
        CapturedEvent captured = new CapturedEvent(row.getSourceId(), Instant.ofEpochMilli(row.getOccurredAt()),
                row.getActor(), Verb.parse(row.getVerb()).orElse(Verb.UPDATED),
                new ActivityObject(row.getObjectType(), row.getObjectId(), row.getObjectTitle(), row.getObjectUrl()),
                row.getContainerKey(), row.getProduct(), row.getCounterpart());
        Classification c = new Classification(Scope.parse(row.getScope()).orElse(null),
                Novelty.parse(row.getNovelty()).orElse(null), row.getActorTeam(), row.getCounterpartTeam());
        return new ActivityEvent(row.getID(), captured, c);
    }

    /** An event's place in the stream's order. */
    private static final class Key {
        static final Comparator<Key> NEWEST_FIRST =
                Comparator.comparingLong((Key k) -> k.occurredAt).thenComparingLong(k -> k.id).reversed();
        final long id;
        final long occurredAt;

        Key(long id, long occurredAt) {
            this.id = id;
            this.occurredAt = occurredAt;
        }

        long id() {
            return id;
        }
    }
}
