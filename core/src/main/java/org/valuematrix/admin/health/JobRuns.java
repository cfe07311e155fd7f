package org.valuematrix.admin.health;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.java.ao.Query;
import org.valuematrix.admin.ao.AOJobRun;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/**
 * Records each scheduled job's last run in the database ({@link AOJobRun}), so that administrators
 * see when every job last ran and how, whichever node ran it. A failure is recorded and thrown on,
 * for the scheduler to log as before.
 */
public class JobRuns {
    static final String RUNNING = "running";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";
    private static final int MESSAGE = 450;

    private final EntityAccess ao;
    private final Clock clock;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    public JobRuns(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** @return the job, recording its start and its outcome under {@code key} */
    public Runnable recording(String key, Runnable job) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
        return () -> {
            write(key, clock.millis(), null, RUNNING, null);
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                write(key, null, clock.millis(), FAILED, message.length() > MESSAGE ? message.substring(0, MESSAGE) : message);
                throw e;
            }
            write(key, null, clock.millis(), SUCCEEDED, null);
        };
    }

    /** @return every job recorded here, in the order scheduled: {@code key}, and when it last ran and how, or {@code never} */
    public List<Map<String, Object>> read() {
        Map<String, AOJobRun> rows = new HashMap<>();
        for (AOJobRun row : ao.find(AOJobRun.class, Query.select())) {
            rows.put(row.getJobKey(), row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String key : keys) {
            AOJobRun row = rows.get(key);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("outcome", row == null ? "never" : row.getOutcome());
            m.put("startedAt", row == null ? null : Instant.ofEpochMilli(row.getStartedAt()).toString());
            m.put("finishedAt", row == null || row.getFinishedAt() == null ? null
                    : Instant.ofEpochMilli(row.getFinishedAt()).toString());
            m.put("message", row == null ? null : row.getMessage());
            out.add(m);
        }
        return out;
    }

    private void write(String key, Long startedAt, Long finishedAt, String outcome, String message) {
        try {
            update(key, startedAt, finishedAt, outcome, message);
        } catch (EntityAccessException e) {
            // Another node created the row between our look and our insert: it exists now.
            update(key, startedAt, finishedAt, outcome, message);
        }
    }

    private void update(String key, Long startedAt, Long finishedAt, String outcome, String message) {
        ao.executeInTransaction(() -> {
            AOJobRun[] found = ao.find(AOJobRun.class, Query.select().where("JOB_KEY = ?", key));
            if (found.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("JOB_KEY", key);
                row.put("STARTED_AT", startedAt != null ? startedAt : clock.millis());
                row.put("OUTCOME", outcome);
                if (finishedAt != null) {
                    row.put("FINISHED_AT", finishedAt);
                }
                if (message != null) {
                    row.put("MESSAGE", message);
                }
                ao.create(AOJobRun.class, row);
                return null;
            }
            AOJobRun row = found[0];
            if (startedAt != null) {
                row.setStartedAt(startedAt);
            }
            row.setFinishedAt(finishedAt);
            row.setOutcome(outcome);
            row.setMessage(message);
            row.save();
            return null;
        });
    }
}
