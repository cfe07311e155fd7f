package org.valuematrix.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.spi.HistoryEvent;

/** A batch's host events as the events ingest stores: those since the import's first day, oldest first. */
final class CapturedEvents {
    private CapturedEvents() {
    }

    static List<CapturedEvent> of(List<HistoryEvent> events, long sinceMillis) {
        List<CapturedEvent> out = new ArrayList<>(events.size());
        for (HistoryEvent e : events) {
            if (e.occurredAt().toEpochMilli() < sinceMillis) {
                continue;
            }
            // A verb this version does not know would be stored by no live listener either.
            Verb.parse(e.verb()).ifPresent(verb -> out.add(new CapturedEvent(e.sourceId(), e.occurredAt(), e.actor(),
                    verb, new ActivityObject(e.objectType(), e.objectId(), e.title(), e.url()), e.containerKey(),
                    e.product(), e.counterpart(), StatusChange.of(e.statusFrom(), e.statusTo()))));
        }
        out.sort(Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId));
        return out;
    }

    static Instant since(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
