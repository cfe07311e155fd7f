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
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.stream.StreamStatements.Readable;
import org.valuematrix.activity.stream.StreamStatements.Where;
import org.valuematrix.spi.EntityAccess;

/**
 * Reads stored events with keyset paging on (OCCURRED_AT, ID) descending, restricted in the
 * database to the containers the viewer may read: never fetch-then-filter.
 *
 * <p>The readable containers reach the database one of two ways. A viewer's whole visible set of
 * more than {@link #BIND_CONTAINERS} containers is joined from a {@link VisibleSets stored set},
 * one parameter whatever its size; only whole visible sets are stored, so reads never grow the
 * database with what a user asks for. A few containers, or a container filter narrower than the
 * viewer's set, are bound as keys and tested on each index entry, which costs less per entry
 * than a look-up in a set: a viewer of a few containers among thousands tests many entries.
 *
 * <p>Three index ranges, by filter:
 * <ul>
 * <li><b>A few teams</b> (up to {@link #SEEK_TEAMS}): each team's actor and counterpart ranges
 * of the team indexes, in widening time windows, keys first (below).</li>
 * <li><b>One action</b>: that verb's range of the (verb, time) index, newest first, stopping
 * after the page: a rare action is found among its own events, not among every event of the
 * period. Keys first, then the page's rows.</li>
 * <li><b>Otherwise</b>: the (time, id) index in widening {@link TimeWindows windows}. A window
 * that returns a full page holds the page exactly (anything outside it is older than all of it).
 * Inside a window the database walks the time index newest-first, tests the container and the
 * scope in the index (see {@link AOActivityEvent}) and stops when the page is full; the bound
 * keeps the statement to one range of that index whatever the planner would otherwise choose.
 * With bound keys it reads the keys first, as a database that fetched each tested row to keep a
 * few would read far more.</li>
 * </ul>
 * A statement that reads keys selects only what its index holds, so the database can answer it
 * from the index alone; the page's rows are then fetched by id in one statement.
 */
public class StreamStore {
    /** Up to this many teams in a filter, each team's events are read through its own index ranges. */
    public static final int SEEK_TEAMS = 4;
    /** Up to this many readable containers, their keys are bound instead of joining a stored set. */
    public static final int BIND_CONTAINERS = 4;
    /** Every column {@link #toEvent} reads (Active Objects qualifies them with the alias). */
    public static final String COLUMNS = "ID, SOURCE_ID, OCCURRED_AT, ACTOR, VERB, OBJECT_TYPE, OBJECT_ID, OBJECT_TITLE,"
            + " OBJECT_URL, CONTAINER_KEY, PRODUCT, COUNTERPART, SCOPE, NOVELTY, ACTOR_TEAM, COUNTERPART_TEAM,"
            + " STATUS_FROM, STATUS_TO";
    /** What a key statement reads: the page's keys, held whole in every stream index. */
    private static final String KEY_COLUMNS = "ID, OCCURRED_AT";
    private static final Comparator<ActivityEvent> NEWEST_FIRST =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparingLong(ActivityEvent::id).reversed();

    private final EntityAccess ao;
    private final Clock clock;
    private final VisibleSets sets;
    private final int bindContainers;

    public StreamStore(EntityAccess ao, Clock clock) {
        this(ao, clock, new VisibleSets(ao, clock));
    }

    public StreamStore(EntityAccess ao, Clock clock, VisibleSets sets) {
        this(ao, clock, sets, BIND_CONTAINERS);
    }

    /** @param bindContainers up to how many readable containers of a viewer's own set are bound as keys */
    StreamStore(EntityAccess ao, Clock clock, VisibleSets sets, int bindContainers) {
        this.ao = ao;
        this.clock = clock;
        this.sets = sets;
        this.bindContainers = bindContainers;
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
        boolean bound = readable != visible || readable.size() <= bindContainers;
        Readable where = bound ? Readable.keys(readable) : Readable.stored(sets.idOf(visible));
        if (seeksTeams(filter)) {
            return twoSteps(filter, where, max, TimeWindows.widening(filter, clock.millis(), max,
                    lower -> teamKeys(filter, where, max, lower)));
        }
        if (seeksVerb(filter)) {
            return twoSteps(filter, where, max, verbKeys(filter, where, max));
        }
        if (bound) {
            return twoSteps(filter, where, max, TimeWindows.widening(filter, clock.millis(), max,
                    lower -> keys(StreamStatements.select(KEY_COLUMNS, where, StreamStatements.teams(filter),
                            StreamStatements.NEWEST, filter, max, lower))));
        }
        return inOneStatement(filter, where, max);
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

    /** @return whether a filter's one action is read through its own index range */
    public static boolean seeksVerb(StreamFilter filter) {
        return filter.verbs().size() == 1 && !seeksTeams(filter);
    }

    /** @return whether a page that may read this many of the viewer's containers binds their keys */
    public static boolean bindsContainers(int readable) {
        return readable <= BIND_CONTAINERS;
    }

    /**
     * The page's rows for keys read first. Events are never updated or deleted, so every id read
     * comes back; should a row be gone (removed from the database by hand), the page is read
     * again in one statement per window rather than come back short, which would end the stream
     * early.
     */
    private List<ActivityEvent> twoSteps(StreamFilter filter, Readable where, int max, List<Key> keys) {
        List<ActivityEvent> rows = byIds(keys);
        return rows.size() == keys.size() ? rows : inOneStatement(filter, where, max);
    }

    private List<ActivityEvent> inOneStatement(StreamFilter filter, Readable readable, int max) {
        return TimeWindows.widening(filter, clock.millis(), max,
                lower -> query(StreamStatements.select(COLUMNS, readable, StreamStatements.teams(filter),
                        StreamStatements.NEWEST, filter, max, lower)));
    }

    /**
     * One action's events, through its range of the (verb, time) index: no time window, as the
     * range holds only that action. The order names the verb first (one value here, so the same
     * order), the index's own order, which the database walks newest-first and stops after the
     * page.
     */
    private List<Key> verbKeys(StreamFilter filter, Readable readable, int max) {
        Where verb = StreamStatements.teams(filter);
        verb.add("e.VERB = ?", filter.verbs().iterator().next().wire());
        long since = filter.since().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        return keys(StreamStatements.select(KEY_COLUMNS, readable, verb, "e.VERB DESC, " + StreamStatements.NEWEST,
                filter.withVerbs(Set.of()), max, since));
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
                for (Key key : keys(StreamStatements.select(KEY_COLUMNS, readable, side,
                        column + " DESC, " + StreamStatements.NEWEST, filter, max, lower))) {
                    byId.putIfAbsent(key.id, key);
                }
            }
        }
        return byId.values().stream().sorted(Key.NEWEST_FIRST).limit(max).collect(Collectors.toList());
    }

    private List<Key> keys(Query query) {
        List<Key> out = new ArrayList<>();
        ao.stream(AOActivityEvent.class, query, row -> out.add(new Key(row.getID(), row.getOccurredAt())));
        return out;
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
                row.getContainerKey(), row.getProduct(), row.getCounterpart(),
                StatusChange.of(row.getStatusFrom(), row.getStatusTo()));
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
