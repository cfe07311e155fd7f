package org.valuematrix.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.valuematrix.history.ao.AOHistoryImport;

/** The import's state and progress as {@code GET /admin/history-import} answers it. */
final class ImportStatus {
    private ImportStatus() {
    }

    static Map<String, Object> describe(AOHistoryImport row, long now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", row.getState());
        long items = row.getItemsDone();
        long total = Math.max(row.getItemsTotal(), items);
        out.put("items", items);
        out.put("itemsTotal", total);
        out.put("events", row.getEventsStored());
        out.put("eventsRead", row.getEventsRead());
        long end = row.getFinishedAt() != 0 ? row.getFinishedAt() : now;
        double seconds = row.getStartedAt() == 0 ? 0 : Math.max(0, end - row.getStartedAt()) / 1000.0;
        double rate = seconds <= 0 ? 0 : items / seconds;
        out.put("ratePerSecond", Math.round(rate * 10) / 10.0);
        out.put("eventsPerSecond", seconds <= 0 ? 0.0 : Math.round(row.getEventsStored() / seconds * 10) / 10.0);
        Long left = null;
        if ("running".equals(row.getState()) && rate > 0) {
            left = (long) Math.ceil((total - items) / rate);
        } else if ("done".equals(row.getState())) {
            left = 0L;
        }
        out.put("secondsLeft", left);
        out.put("since", row.getSinceDay());
        out.put("pauseMillis", row.getPauseMillis());
        out.put("container", row.getContainerKey());
        out.put("requestedBy", row.getRequestedBy());
        out.put("requestedAt", instant(row.getRequestedAt()));
        out.put("startedAt", instant(row.getStartedAt()));
        out.put("finishedAt", instant(row.getFinishedAt()));
        out.put("error", row.getFailure());
        return out;
    }

    private static String instant(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis).toString();
    }
}
