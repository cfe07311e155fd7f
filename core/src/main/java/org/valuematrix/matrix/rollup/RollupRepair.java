package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;

/**
 * Brings the rollups back to what a rebuild would write after a person's stored events were
 * erased or lost their counterpart: every tie row that names the person goes, and the person-day
 * rows of the other actors' days concerned and the work items concerned are counted again from
 * the events that remain. Runs in the caller's transaction, which holds every ingest stripe and
 * has already changed the events; not while a rebuild fills the tables.
 */
public class RollupRepair {
    private final EntityAccess ao;
    private final RollupStore store;

    public RollupRepair(EntityAccess ao) {
        this.ao = ao;
        this.store = new RollupStore(ao);
    }

    /**
     * @param person whose interactions no longer count, on either side
     * @param touched the events changed, as they were stored before (erased or made the actor's own)
     * @param zone the zone the rollups are counted in
     */
    public void forget(String person, List<ActivityEvent> touched, ZoneId zone) {
        // Rows are deleted here, not through the store's deltas, so every kept answer goes: an
        // erasure is rare, and an answer still counting the person would be a leak.
        store.closeGates();
        store.clearCache();
        ao.deleteWithSQL(AOTieDay.class, "ACTOR = ? OR COUNTERPART = ?", person, person);
        ao.deleteWithSQL(AOPersonDay.class, "PERSON = ?", person);
        Map<String, Set<Long>> days = new HashMap<>();
        Set<String> items = new HashSet<>();
        for (ActivityEvent e : touched) {
            if (!e.actor().equals(person)) {
                days.computeIfAbsent(e.actor(), k -> new HashSet<>()).add(Days.of(e.occurredAt(), zone));
            }
            WorkItemKeys.of(e.captured().product(), e.object()).ifPresent(items::add);
        }
        RollupDelta delta = new RollupDelta(zone);
        days.forEach((actor, epochDays) -> {
            for (long day : epochDays) {
                ao.deleteWithSQL(AOPersonDay.class, "PERSON = ? AND EPOCH_DAY = ?", actor, (int) day);
                long from = Days.startMillis(day, zone);
                long to = Days.startMillis(day + 1, zone);
                for (AOActivityEvent row : ao.find(AOActivityEvent.class, Query.select(StreamStore.COLUMNS)
                        .where("ACTOR = ? AND OCCURRED_AT >= ? AND OCCURRED_AT < ?", actor, from, to))) {
                    delta.add(StreamStore.toEvent(row));
                }
            }
        });
        delta.items.clear();
        if (!items.isEmpty()) {
            for (List<String> chunk : Chunks.of(items)) {
                ao.deleteWithSQL(AOWorkItem.class, "ITEM_KEY IN (" + Chunks.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
            // Which events name an item is known only from their addresses, which no index holds.
            List<ActivityEvent> ofItems = new ArrayList<>();
            ao.stream(AOActivityEvent.class, Query.select(StreamStore.COLUMNS), row -> {
                ActivityEvent e = StreamStore.toEvent(row);
                WorkItemKeys.of(e.captured().product(), e.object()).filter(items::contains)
                        .ifPresent(k -> ofItems.add(e));
            });
            RollupDelta itemDelta = new RollupDelta(zone);
            for (ActivityEvent e : ofItems) {
                itemDelta.add(e);
            }
            delta.items.putAll(itemDelta.items);
        }
        // Tie rows of the others' remaining interactions are untouched, and stay so.
        delta.ties.clear();
        store.apply(delta);
    }
}
