package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.valuematrix.matrix.WorkItem;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.matrix.rollup.Readable.Where;
import org.valuematrix.spi.EntityAccess;

/** The work items behind a unit's time to first response and cycle time, read from {@link AOWorkItem}. */
final class WorkItems {
    private static final String COLUMNS = "ID, CREATED_AT, AUTHOR, AUTHOR_TEAM, CONTAINER_KEY, ITEM_TYPE,"
            + " FIRST_RESPONSE_AT, FIRST_RESPONDER, OTHER_RESPONSE_AT, RESOLVED_AT, CROSSED_AT, ITEM_KEY";

    private final EntityAccess ao;
    private final ZoneId zone;
    private final Readable readable;

    WorkItems(EntityAccess ao, ZoneId zone, Readable readable) {
        this.ao = ao;
        this.zone = zone;
        this.readable = readable;
    }

    List<WorkItem> firstResponses(String team, long fromDay, long toDay) {
        List<WorkItem> out = new ArrayList<>();
        for (ItemRow item : read(team, "r.CREATED_AT", fromDay, toDay, null)) {
            Long response = item.firstResponseByOthers();
            if (response != null) {
                out.add(new WorkItem(RollupReader.between(item.createdAt, response),
                        item.crossedAt != null && item.crossedAt < response));
            }
        }
        out.sort(RollupReader.BY_DURATION);
        return out;
    }

    List<WorkItem> cycles(String team, long fromDay, long toDay) {
        List<WorkItem> out = new ArrayList<>();
        for (ItemRow item : read(team, "r.RESOLVED_AT", fromDay, toDay, "issue")) {
            if (item.createdAt != null) {
                long resolved = item.resolvedAt;
                Long crossed = item.crossedAt;
                out.add(new WorkItem(RollupReader.between(item.createdAt, resolved),
                        crossed != null && crossed < resolved));
            }
        }
        out.sort(RollupReader.BY_DURATION);
        return out;
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
