package org.valuematrix.activity.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.Membership;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;

/**
 * One attempt at storing a batch, inside the caller's transaction: lock the stripes of the
 * batch's ties (and of its other events' source ids), then read, classify and write. Every
 * read comes after the locks, so it sees what earlier writers of these ties committed.
 */
final class BatchWrite {
    /** Thrown when a lock row is missing: the transaction must roll back and the rows be made. */
    static final class LocksMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LocksMissing() {
            super("tie lock rows missing", null, false, false);
        }
    }

    private final EntityAccess ao;
    private final TieLocks locks;
    private final Classifier classifier;
    private final TeamMembership membership;
    private final TeamCatalog catalog;
    private final StoredBatchListener listener;
    private final Exclusions exclusions;

    BatchWrite(EntityAccess ao, TieLocks locks, Classifier classifier, TeamMembership membership, TeamCatalog catalog,
            StoredBatchListener listener, Exclusions exclusions) {
        this.exclusions = exclusions;
        this.ao = ao;
        this.locks = locks;
        this.classifier = classifier;
        this.membership = membership;
        this.catalog = catalog;
        this.listener = listener;
    }

    /**
     * @param lookUp whether to skip source ids already stored; without it a stored one makes
     *     the database refuse the batch
     * @return the outcome of each event, in the order given
     */
    List<IngestOutcome> write(List<CapturedEvent> events, boolean lookUp) {
        if (!locks.lock(stripes(events))) {
            throw new LocksMissing();
        }
        // Read under the stripes: an exclusion commits while holding all of them.
        Set<String> excluded = exclusions.excluded();
        Map<String, CapturedEvent> fresh = new LinkedHashMap<>();
        for (CapturedEvent e : events) {
            if (!excluded.contains(e.actor())) {
                fresh.putIfAbsent(e.sourceId(), withoutExcludedCounterpart(e, excluded));
            }
        }
        if (lookUp) {
            fresh.keySet().removeAll(storedSourceIds(fresh.keySet()));
        }
        List<CapturedEvent> ordered = new ArrayList<>(fresh.values());
        ordered.sort(TieHistory.OCCURRENCE_ORDER);
        Map<String, List<CapturedEvent>> byTie = new TreeMap<>();
        for (CapturedEvent e : ordered) {
            if (e.isInteraction()) {
                byTie.computeIfAbsent(tieKey(e), k -> new ArrayList<>()).add(e);
            }
        }
        TieHistory ties = new TieHistory(ao, classifier, byTie);
        List<Map<String, Object>> rows = new ArrayList<>(ordered.size());
        List<ActivityEvent> added = new ArrayList<>(ordered.size());
        for (CapturedEvent e : ordered) {
            Classification c = classify(e, ties);
            rows.add(EventRows.row(e, c));
            added.add(new ActivityEvent(0, EventRows.asStored(e), c));
        }
        if (!rows.isEmpty()) {
            ao.create(AOActivityEvent.class, rows);
            ties.write();
            listener.stored(added, ties.changes());
        }
        List<IngestOutcome> outcomes = new ArrayList<>(events.size());
        Set<String> claimed = new HashSet<>();
        for (CapturedEvent e : events) {
            if (excluded.contains(e.actor())) {
                outcomes.add(IngestOutcome.EXCLUDED);
                continue;
            }
            boolean stored = fresh.containsKey(e.sourceId()) && claimed.add(e.sourceId());
            outcomes.add(stored ? IngestOutcome.STORED : IngestOutcome.DUPLICATE);
        }
        return outcomes;
    }

    // An interaction's stripe is its tie's, so one tie's writers queue; any other event's is
    // its source id's, so two writers of the same host event queue rather than collide. The
    // listener's keys join the same sorted set: one order for every lock a batch takes.
    private SortedSet<Integer> stripes(List<CapturedEvent> events) {
        SortedSet<Integer> stripes = new TreeSet<>();
        for (CapturedEvent e : events) {
            stripes.add(TieLocks.stripeOf(e.isInteraction() ? tieKey(e) : e.sourceId()));
            listener.lockKeys(e, key -> stripes.add(TieLocks.stripeOf(key)));
        }
        return stripes;
    }

    // The actor's action stays theirs; whom it answered is not recorded. The batch holds the
    // tie's stripe, which it no longer needs; a non-interaction needs no other.
    private static CapturedEvent withoutExcludedCounterpart(CapturedEvent e, Set<String> excluded) {
        if (e.counterpart().isEmpty() || !excluded.contains(e.counterpart().get())) {
            return e;
        }
        return new CapturedEvent(e.sourceId(), e.occurredAt(), e.actor(), e.verb(), e.object(), e.containerKey(),
                e.product(), null, e.status().orElse(null));
    }

    private Classification classify(CapturedEvent e, TieHistory ties) {
        if (!e.isInteraction()) {
            return classifier.classify(e, membership.of(e.actor()), Membership.none(), catalog.owner(e.containerKey()),
                    Optional.empty());
        }
        return classifier.classify(e, membership.of(e.actor()), membership.of(e.counterpart().get()),
                catalog.owner(e.containerKey()), ties.previous(e));
    }

    private Set<String> storedSourceIds(Set<String> sourceIds) {
        Set<String> stored = new HashSet<>();
        for (List<String> chunk : Chunks.of(sourceIds)) {
            AOActivityEvent[] hits = ao.find(AOActivityEvent.class, Query.select("ID, SOURCE_ID")
                    .where("SOURCE_ID IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (AOActivityEvent hit : hits) {
                stored.add(hit.getSourceId());
            }
        }
        return stored;
    }

    static String tieKey(CapturedEvent e) {
        return TieKey.of(e.actor(), e.counterpart().get());
    }
}
