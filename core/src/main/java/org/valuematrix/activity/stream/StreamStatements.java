package org.valuematrix.activity.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ingest.Chunks;

/**
 * The stream's statements as Active Objects queries: the event table as {@code e}, restricted
 * to the readable containers, with the page's filters, cursor and time bounds, every value bound.
 */
final class StreamStatements {
    static final String NEWEST = "e.OCCURRED_AT DESC, e.ID DESC";

    private StreamStatements() {
    }

    /**
     * How a statement keeps to the containers it may read: a join with a {@link VisibleSets
     * stored set}, or the keys bound one parameter each (a few of them, or a container filter
     * narrower than the viewer's set, which is never stored).
     */
    static final class Readable {
        private final int setId;
        private final Set<String> keys;

        private Readable(int setId, Set<String> keys) {
            this.setId = setId;
            this.keys = keys;
        }

        static Readable stored(int setId) {
            return new Readable(setId, null);
        }

        static Readable keys(Set<String> keys) {
            return new Readable(0, keys);
        }

        Query from(Query select, Where where) {
            Query query = select.alias(AOActivityEvent.class, "e");
            if (keys != null && keys.size() == 1) {
                where.add("e.CONTAINER_KEY = ?", keys.iterator().next());
                return query;
            }
            if (keys != null) {
                where.in("e.CONTAINER_KEY", keys);
                return query;
            }
            where.add("v.SET_ID = ?", setId);
            return query.join(AOVisibleKey.class, "e.CONTAINER_KEY = v.CONTAINER_KEY").alias(AOVisibleKey.class, "v");
        }
    }

    /**
     * @param where the statement's own conditions (team sides, a container); the filter's are added
     * @param lower the lowest time to read (epoch ms, inclusive), or {@link Long#MIN_VALUE}
     */
    static Query select(String columns, Readable readable, Where where, String order, StreamFilter filter, int max,
            long lower) {
        Query query = readable.from(Query.select(columns), where);
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
        return query.where(where.sql(), where.params.toArray()).order(order).limit(max);
    }

    /** @return the filter's teams on either side, or no condition */
    static Where teams(StreamFilter filter) {
        Where where = new Where();
        if (!filter.teams().isEmpty()) {
            where.add("(" + inClause("e.ACTOR_TEAM", filter.teams().size()) + " OR "
                    + inClause("e.COUNTERPART_TEAM", filter.teams().size()) + ")");
            where.params.addAll(filter.teams());
            where.params.addAll(filter.teams());
        }
        return where;
    }

    private static String inClause(String column, int n) {
        return column + " IN (" + Chunks.placeholders(n) + ")";
    }

    /** A where clause and its parameters, in order. */
    static final class Where {
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
