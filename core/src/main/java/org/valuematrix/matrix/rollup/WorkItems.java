package org.valuematrix.matrix.rollup;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.matrix.WorkItem;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.matrix.rollup.Readable.Where;
import org.valuematrix.spi.EntityAccess;

/**
 * The work items behind time to first response and cycle time, read from {@link AOWorkItem}
 * and grouped by the author's home team at creation; the organisation (key null) has them all.
 */
final class WorkItems {
    private static final String COLUMNS = "ID, CREATED_AT, AUTHOR, AUTHOR_TEAM, CONTAINER_KEY, ITEM_TYPE,"
            + " FIRST_RESPONSE_AT, FIRST_RESPONDER, OTHER_RESPONSE_AT, RESOLVED_AT, CROSSED_AT, ITEM_KEY";
    /** Sorted so that two reads of the same items compare equal. */
    private static final Comparator<WorkItem> BY_DURATION =
            Comparator.comparing(WorkItem::duration).thenComparing(WorkItem::crossedBoundary);

    private final EntityAccess ao;
    private final ZoneId zone;
    private final Readable readable;

    WorkItems(EntityAccess ao, ZoneId zone, Readable readable) {
        this.ao = ao;
        this.zone = zone;
        this.readable = readable;
    }

    /**
     * @param team one team's items, or null for every team's and the organisation's
     * @return items created in the period that got a response from someone but their author
     */
    Map<String, List<WorkItem>> firstResponses(String team, long fromDay, long toDay) {
        Map<String, List<WorkItem>> out = new HashMap<>();
        for (ItemRow item : read(team, "r.CREATED_AT", fromDay, toDay, null)) {
            Long response = item.firstResponseByOthers();
            if (response != null) {
                add(out, team, item, new WorkItem(between(item.createdAt, response),
                        item.crossedAt != null && item.crossedAt < response));
            }
        }
        out.values().forEach(l -> l.sort(BY_DURATION));
        return out;
    }

    /** @return as {@link #firstResponses}, issues first resolved in the period */
    Map<String, List<WorkItem>> cycles(String team, long fromDay, long toDay) {
        Map<String, List<WorkItem>> out = new HashMap<>();
        for (ItemRow item : read(team, "r.RESOLVED_AT", fromDay, toDay, "issue")) {
            if (item.createdAt != null) {
                long resolved = item.resolvedAt;
                add(out, team, item, new WorkItem(between(item.createdAt, resolved),
                        item.crossedAt != null && item.crossedAt < resolved));
            }
        }
        out.values().forEach(l -> l.sort(BY_DURATION));
        return out;
    }

    private static void add(Map<String, List<WorkItem>> out, String team, ItemRow item, WorkItem w) {
        if (team == null) {
            out.computeIfAbsent(null, k -> new ArrayList<>()).add(w);
        }
        if (item.authorTeam != null) {
            out.computeIfAbsent(item.authorTeam, k -> new ArrayList<>()).add(w);
        }
    }

    /** A response or resolution stamped before the creation (clocks differ) counts as immediate. */
    private static Duration between(long from, long to) {
        return Duration.ofMillis(Math.max(0, to - from));
    }

    private List<ItemRow> read(String team, String timeColumn, long fromDay, long toDay, String type) {
        Where where = new Where();
        Query query = readable.from(AOWorkItem.class, COLUMNS, where);
        where.add(timeColumn + " >= ? AND " + timeColumn + " < ?", Days.startMillis(fromDay, zone),
                Days.startMillis(toDay, zone));
        if (team != null) {
            where.add("r.AUTHOR_TEAM = ?", team);
        }
        if (type != null) {
            where.add("r.ITEM_TYPE = ?", type);
        }
        List<ItemRow> out = new ArrayList<>();
        ao.stream(AOWorkItem.class, where.apply(query), row -> out.add(ItemRow.of(row)));
        return out;
    }
}
