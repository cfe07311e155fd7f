package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.activity.stream.VisibleSets;

/**
 * How a rollup statement keeps to the containers a viewer may see, as the stream does: every
 * container (administrators), a few keys bound one parameter each, or a join with the viewer's
 * stored visible set ({@link VisibleSets}), one parameter whatever its size.
 */
final class Readable {
    private final Set<String> keys;
    private final int setId;

    private Readable(Set<String> keys, int setId) {
        this.keys = keys;
        this.setId = setId;
    }

    /** @param containers the viewer's whole visible set, or null for every container */
    static Readable of(Set<String> containers, VisibleSets sets) {
        if (containers == null || containers.isEmpty() || StreamStore.bindsContainers(containers.size())) {
            return new Readable(containers, 0);
        }
        return new Readable(null, sets.idOf(containers));
    }

    boolean isNothing() {
        return keys != null && keys.isEmpty();
    }

    boolean isEverything() {
        return keys == null && setId == 0;
    }

    /** @return a query of {@code table} as {@code r}, restricted to the readable containers by {@code where} */
    Query from(Class<? extends RawEntity<?>> table, String columns, Where where) {
        Query query = Query.select(columns).alias(table, "r");
        if (keys != null) {
            where.in("r.CONTAINER_KEY", keys);
            return query;
        }
        if (setId != 0) {
            where.add("v.SET_ID = ?", setId);
            return query.join(AOVisibleKey.class, "r.CONTAINER_KEY = v.CONTAINER_KEY").alias(AOVisibleKey.class, "v");
        }
        return query;
    }

    /**
     * A query of {@code table} that sums {@code sum} by {@code groups} in the database, or, when
     * the statement joins a stored visible set, returns the rows themselves with their
     * {@code sum} column for the caller to add up: Active Objects prefixes an aggregate with a
     * table's alias as if it were a column, and the join needs aliases. Either way each key
     * combination's values add up to the same total, so callers sum what they read. Columns in
     * {@code where} are written without an alias (none is ambiguous but the container's).
     */
    Query summed(Class<? extends RawEntity<?>> table, String groups, String sum, Where where) {
        if (setId != 0) {
            where.add("v.SET_ID = ?", setId);
            return Query.select(groups + ", " + sum).alias(table, "r")
                    .join(AOVisibleKey.class, "r.CONTAINER_KEY = v.CONTAINER_KEY").alias(AOVisibleKey.class, "v");
        }
        if (keys != null) {
            where.in("CONTAINER_KEY", keys);
        }
        return Query.select(groups + ", SUM(" + sum + ") AS " + sum).group(groups);
    }

    /** A where clause and its parameters, in order. */
    static final class Where {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Where add(String sql, Object... values) {
            parts.add(sql);
            params.addAll(List.of(values));
            return this;
        }

        /** IN lists of at most {@link Chunks#SIZE} values each; nothing matches an empty one. */
        Where in(String column, Collection<?> values) {
            if (values.isEmpty()) {
                parts.add("1 = 0");
                return this;
            }
            List<String> ors = new ArrayList<>();
            for (List<?> chunk : Chunks.of(values)) {
                ors.add(column + " IN (" + Chunks.placeholders(chunk.size()) + ")");
                params.addAll(chunk);
            }
            parts.add(ors.size() == 1 ? ors.get(0) : "(" + String.join(" OR ", ors) + ")");
            return this;
        }

        Query apply(Query query) {
            return query.where(String.join(" AND ", parts), params.toArray());
        }
    }
}
