package org.valuematrix.activity.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.spi.EntityAccess;

/**
 * Reads stored events with keyset paging on (OCCURRED_AT, ID) descending, restricted in the
 * database to the containers given: never fetch-then-filter. The containers reach the database
 * as a join with a {@link VisibleSets stored set}: one parameter, whatever the set's size.
 *
 * <p>Every query carries a lower time bound, the page's current {@link TimeWindows window},
 * widened until the page is full or the window holds everything. A window that returns a full
 * page holds the page exactly (anything outside it is older than all of it). Inside a window
 * the database walks the time index newest-first, tests the scope in the index (see
 * {@link AOActivityEvent}), looks each entry's container up in the set (hashed, or probed
 * through its index) and stops when the page is full; the bound keeps the statement to one
 * range of that index whatever the planner would otherwise choose, and limits what a sparse
 * filter reads. How many windows a page
 * takes depends on how dense the viewer's matching activity is. A filter on a few teams
 * reads, in each window, the keys from every team's actor and counterpart index ranges and
 * merges them; the page's rows are then fetched by id in one statement.
 */
public class StreamStore {
    /** Up to this many teams in a filter, each team's events are read through its own index ranges. */
    public static final int SEEK_TEAMS = 4;
    private static final String NEWEST = "e.OCCURRED_AT DESC, e.ID DESC";
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

    public StreamStore(EntityAccess ao, Clock clock) {
        this(ao, clock, new VisibleSets(ao, clock));
    }

    public StreamStore(EntityAccess ao, Clock clock, VisibleSets sets) {
        this.ao = ao;
        this.clock = clock;
        this.sets = sets;
    }

    /**
     * @param filter validated filters, cursor and limit
     * @param containers the containers to read from (already intersected with what the viewer
     *     may see); must not be empty
     * @param max how many rows to read at most
     */
    public List<ActivityEvent> find(StreamFilter filter, Set<String> containers, int max) {
        int setId = sets.idOf(containers);
        if (!seeksTeams(filter)) {
            return inOneStatement(filter, setId, max);
        }
        List<Key> keys = TimeWindows.widening(filter, clock.millis(), max,
                lower -> teamKeys(filter, setId, max, lower));
        List<ActivityEvent> rows = byIds(keys);
        // Events are never updated or deleted, so every id read comes back; should a row be gone
        // (removed from the database by hand), the page is read again in one statement per window
        // rather than come back short, which would end the stream early.
        return rows.size() == keys.size() ? rows : inOneStatement(filter, setId, max);
    }

    private List<ActivityEvent> inOneStatement(StreamFilter filter, int setId, int max) {
        return TimeWindows.widening(filter, clock.millis(), max,
                lower -> query(teamsWhere(filter), NEWEST, filter, setId, max, lower));
    }

    /** @return whether a filter's teams are read through their own index ranges */
    public static boolean seeksTeams(StreamFilter filter) {
        return !filter.teams().isEmpty() && filter.teams().size() <= SEEK_TEAMS;
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
    private List<Key> teamKeys(StreamFilter filter, int setId, int max, long lower) {
        Map<Long, Key> byId = new LinkedHashMap<>();
        for (String team : filter.teams()) {
            for (String column : new String[] {"e.ACTOR_TEAM", "e.COUNTERPART_TEAM"}) {
                Where side = new Where();
                side.add(column + " = ?", team);
                Query query = select(KEY_COLUMNS, side, column + " DESC, " + NEWEST, filter, setId, max, lower);
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

    private static Where teamsWhere(StreamFilter filter) {
        Where where = new Where();
        if (!filter.teams().isEmpty()) {
            where.add("(" + inClause("e.ACTOR_TEAM", filter.teams().size()) + " OR "
                    + inClause("e.COUNTERPART_TEAM", filter.teams().size()) + ")");
            where.params.addAll(filter.teams());
            where.params.addAll(filter.teams());
        }
        return where;
    }

    private List<ActivityEvent> query(Where where, String order, StreamFilter filter, int setId, int max,
            long lower) {
        Query query = select(COLUMNS, where, order, filter, setId, max, lower);
        // Streamed, read-only rows: find() would build an entity proxy per row and work out the
        // entity's column names again on every call, most of core's cost over plain JDBC once
        // a page is a millisecond of database work.
        List<ActivityEvent> out = new ArrayList<>(max);
        ao.stream(AOActivityEvent.class, query, row -> out.add(toEvent(row)));
        return out;
    }

    private static Query select(String columns, Where where, String order, StreamFilter filter, int setId, int max,
            long lower) {
        where.add("v.SET_ID = ?", setId);
        where.in("e.SCOPE", filter.scopes().stream().map(Scope::wire).collect(Collectors.toSet()));
        where.in("e.ACTOR", filter.actors());
        where.in("e.VERB", filter.verbs().stream().map(Verb::wire).collect(Collectors.toSet()));
        if (lower != Long.MIN_VALUE) {
            where.add("e.OCCURRED_AT >= ?", lower);
        }
        filter.until().ifPresent(u -> where.add("e.OCCURRED_AT < ?", u.toEpochMilli()));
        // The first condition is implied by the second; it is there because the second is no
        // index range: without it a page deep in the past reads every newer event of the window's
        // lower bound onwards (half the table, on average, for a random "load more").
        filter.cursor().ifPresent(c -> where.add(
                "e.OCCURRED_AT <= ? AND (e.OCCURRED_AT < ? OR (e.OCCURRED_AT = ? AND e.ID < ?))",
                c.occurredAt(), c.occurredAt(), c.occurredAt(), c.id()));
        return Query.select(columns).alias(AOActivityEvent.class, "e")
                .join(AOVisibleKey.class, "e.CONTAINER_KEY = v.CONTAINER_KEY").alias(AOVisibleKey.class, "v")
                .where(where.sql(), where.params.toArray()).order(order).limit(max);
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

    private static String inClause(String column, int n) {
        return column + " IN (" + Chunks.placeholders(n) + ")";
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

    private static final class Where {
        final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        void add(String sql, Object... values) {
            parts.add(sql);
            params.addAll(List.of(values));
        }

        void in(String column, Collection<?> values) {
            if (values.isEmpty()) {
                return;
            }
            anyOf(parameters(column, values));
        }

        /** @return IN clauses of at most {@link Chunks#SIZE} parameters each, their values bound */
        private List<String> parameters(String column, Collection<?> values) {
            List<String> ors = new ArrayList<>();
            for (List<?> chunk : Chunks.of(values)) {
                ors.add(inClause(column, chunk.size()));
                params.addAll(chunk);
            }
            return ors;
        }

        private void anyOf(List<String> ors) {
            parts.add(ors.size() == 1 ? ors.get(0) : "(" + String.join(" OR ", ors) + ")");
        }

        String sql() {
            return String.join(" AND ", parts);
        }
    }
}
