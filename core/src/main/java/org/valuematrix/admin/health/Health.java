package org.valuematrix.admin.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.valuematrix.Entities;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.spi.EntityAccess;

/**
 * What the Health page shows: this node's capture queue (its depth and what it dropped since the
 * node started: the queue is the node's own), events per day, the last run of every scheduled job
 * and of the rebuild (from the database, whichever node ran them), and the rows of every table.
 */
public class Health {
    static final int DAYS = 14;
    private static final long DAY_MILLIS = 86_400_000L;

    private final QueuedActivityCapture capture;
    private final JobRuns jobs;
    private final RebuildJobs rebuilds;
    private final EntityAccess ao;
    private final Clock clock;

    public Health(QueuedActivityCapture capture, JobRuns jobs, RebuildJobs rebuilds, EntityAccess ao, Clock clock) {
        this.capture = capture;
        this.jobs = jobs;
        this.rebuilds = rebuilds;
        this.ao = ao;
        this.clock = clock;
    }

    public Map<String, Object> read() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("queued", capture.queued());
        queue.put("dropped", capture.droppedCount());
        queue.put("stored", capture.storedCount());
        queue.put("failed", capture.failedCount());
        out.put("capture", queue);
        out.put("eventsPerDay", eventsPerDay());
        out.put("jobs", jobs.read());
        out.put("rebuild", rebuilds.status());
        out.put("tables", tables());
        return out;
    }

    // Days in UTC, newest first; each count is one range read of the occurrence-time index.
    private List<Map<String, Object>> eventsPerDay() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = today.minusDays(i);
            long from = day.toEpochDay() * DAY_MILLIS;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", day.toString());
            m.put("events", ao.count(AOActivityEvent.class,
                    Query.select("ID").where("OCCURRED_AT >= ? AND OCCURRED_AT < ?", from, from + DAY_MILLIS)));
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> tables() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Class<? extends RawEntity<?>> type : Entities.all()) {
            Table table = type.getAnnotation(Table.class);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", table == null ? type.getSimpleName() : table.value());
            m.put("rows", count(type));
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int count(Class<? extends RawEntity<?>> type) {
        return ao.count((Class) type, Query.select());
    }
}
