package org.valuematrix.activity.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.spi.EntityAccess;

/** Reads every stored event in id order, page by page, so memory stays flat on any size. */
public class EventExport {
    private static final int PAGE = 2_000;

    private final EntityAccess ao;

    public EventExport(EntityAccess ao) {
        this.ao = ao;
    }

    /** @param since inclusive, or null @param until exclusive, or null */
    public void each(Instant since, Instant until, Consumer<ActivityEvent> sink) {
        long after = -1;
        while (true) {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder("ID > ?");
            params.add(after);
            if (since != null) {
                where.append(" AND OCCURRED_AT >= ?");
                params.add(since.toEpochMilli());
            }
            if (until != null) {
                where.append(" AND OCCURRED_AT < ?");
                params.add(until.toEpochMilli());
            }
            AOActivityEvent[] rows = ao.find(AOActivityEvent.class,
                    Query.select().where(where.toString(), params.toArray()).order("ID ASC").limit(PAGE));
            for (AOActivityEvent row : rows) {
                sink.accept(StreamStore.toEvent(row));
                after = row.getID();
            }
            if (rows.length < PAGE) {
                return;
            }
        }
    }
}
