package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ingest.NoveltyChange;

/**
 * What a set of stored events adds to the rollups, summed in memory before it is written: the
 * rules of value-matrix.md in one place, for ingest and rebuild alike.
 */
final class RollupDelta {
    private final ZoneId zone;
    final Map<String, TieDayRow> ties = new HashMap<>();
    final Map<String, PersonDayRow> people = new HashMap<>();
    final Map<String, ItemRow> items = new HashMap<>();

    RollupDelta(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isEmpty() {
        return ties.isEmpty() && people.isEmpty() && items.isEmpty();
    }

    void add(ActivityEvent e) {
        CapturedEvent c = e.captured();
        int day = day(c);
        String team = e.classification().actorTeam().orElse(null);
        PersonDayRow row = new PersonDayRow(day, c.containerKey(), team, c.actor());
        people.computeIfAbsent(row.key, k -> row).contributed |= contributes(c);
        if (isCounted(e)) {
            interaction(e, e.novelty().get(), 1);
        }
        WorkItemKeys.of(c.product(), c.object()).ifPresent(key -> item(items.computeIfAbsent(key, ItemRow::new), e));
    }

    void move(NoveltyChange change) {
        ActivityEvent e = change.before();
        if (isCounted(e)) {
            interaction(e, e.novelty().get(), -1);
            interaction(e, change.after(), 1);
        }
    }

    private static boolean isCounted(ActivityEvent e) {
        return e.captured().isInteraction() && e.scope().isPresent() && e.novelty().isPresent();
    }

    /** Commented, replied, or edited someone else's content (value-matrix.md, "Contribution rate"). */
    static boolean contributes(CapturedEvent c) {
        return c.verb() == Verb.COMMENTED || c.verb() == Verb.REPLIED || (c.verb() == Verb.UPDATED && c.isInteraction());
    }

    /** A comment, reply or transition (a resolution is one) answers an item. */
    static boolean responds(Verb verb) {
        return verb == Verb.COMMENTED || verb == Verb.REPLIED || verb == Verb.TRANSITIONED || verb == Verb.RESOLVED;
    }

    private void interaction(ActivityEvent e, Novelty novelty, int count) {
        CapturedEvent c = e.captured();
        String counterpart = c.counterpart().get();
        count(new TieDayRow(day(c), c.containerKey(), e.scope().get().wire(), novelty.wire(),
                TieKey.of(c.actor(), counterpart), c.actor(), e.classification().actorTeam().orElse(null), counterpart,
                e.classification().counterpartTeam().orElse(null)), count);
    }

    private void count(TieDayRow row, int count) {
        ties.computeIfAbsent(row.key, k -> row).interactions += count;
    }

    private static void item(ItemRow item, ActivityEvent e) {
        CapturedEvent c = e.captured();
        long at = c.occurredAt().toEpochMilli();
        if (c.verb() == Verb.CREATED && WorkItemKeys.ITEM_TYPES.contains(c.object().type())) {
            item.created(at, c.actor(), e.classification().actorTeam().orElse(null), c.containerKey(), c.object().type());
        }
        if (responds(c.verb())) {
            item.responded(at, c.actor());
        }
        if (c.verb() == Verb.RESOLVED) {
            item.resolved(at);
        }
        if (c.isInteraction() && e.scope().map(s -> s != Scope.WITHIN).orElse(false)) {
            item.crossed(at);
        }
    }

    private int day(CapturedEvent c) {
        return Math.toIntExact(Days.of(c.occurredAt(), zone));
    }
}
