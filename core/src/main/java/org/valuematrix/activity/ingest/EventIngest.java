package org.valuematrix.activity.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classification;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.team.Membership;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;

/**
 * Classifies and stores a batch of captured events in one transaction: all of the batch or
 * none of it. Idempotent by source id.
 */
public class EventIngest {
    private final EntityAccess ao;
    private final Classifier classifier;
    private final TeamMembership membership;
    private final TeamCatalog catalog;

    public EventIngest(EntityAccess ao, Classifier classifier, TeamMembership membership, TeamCatalog catalog) {
        this.ao = ao;
        this.classifier = classifier;
        this.membership = membership;
        this.catalog = catalog;
    }

    /**
     * Looks the batch's source ids up before it writes: for imports, where some events may be
     * stored already.
     *
     * @param events events in any order
     * @return the outcome of each event, in the order given
     */
    public List<IngestOutcome> ingest(List<CapturedEvent> events) {
        return ingest(events, false);
    }

    /**
     * Writes the batch straight away and looks its source ids up only if the database refuses
     * it: for host events, which are new unless the host delivers one again. Same outcome as
     * {@link #ingest}, without a look-up per batch that PostgreSQL answers by scanning the
     * table until the table is large (500 index probes cost more than a scan, in its model).
     *
     * @param events events in any order
     * @return the outcome of each event, in the order given
     */
    public List<IngestOutcome> ingestNew(List<CapturedEvent> events) {
        return ingest(events, true);
    }

    private List<IngestOutcome> ingest(List<CapturedEvent> events, boolean insertFirst) {
        List<CapturedEvent> storable = new ArrayList<>(events.size());
        for (CapturedEvent e : events) {
            storable.add(withoutNul(e));
        }
        if (insertFirst) {
            try {
                return ao.executeInTransaction(() -> ingestOnce(storable, false));
            } catch (EntityAccessException refused) {
                // Most likely a unique source id or tie key already stored; the careful passes
                // below tell duplicates apart, and fail again if it was something else.
            }
        }
        try {
            return ao.executeInTransaction(() -> ingestOnce(storable, true));
        } catch (EntityAccessException raced) {
            // Another node stored one of these source ids or ties between our read and write;
            // a second pass sees its rows and skips or merges them.
            return ao.executeInTransaction(() -> ingestOnce(storable, true));
        }
    }

    // PostgreSQL refuses NUL in text, which would fail the whole batch; U+FFFD takes its place.
    private static CapturedEvent withoutNul(CapturedEvent e) {
        String all = e.sourceId() + e.actor() + e.object().type() + e.object().id() + e.object().title()
                + e.object().url() + e.containerKey() + e.product() + e.counterpart().orElse("");
        if (all.indexOf('\u0000') < 0) {
            return e;
        }
        return new CapturedEvent(nul(e.sourceId()), e.occurredAt(), nul(e.actor()), e.verb(),
                new ActivityObject(nul(e.object().type()), nul(e.object().id()),
                        nul(e.object().title()), nul(e.object().url())),
                nul(e.containerKey()), nul(e.product()), e.counterpart().map(EventIngest::nul).orElse(null));
    }

    private static String nul(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    private List<IngestOutcome> ingestOnce(List<CapturedEvent> events, boolean lookUp) {
        Map<String, CapturedEvent> fresh = new LinkedHashMap<>();
        for (CapturedEvent e : events) {
            fresh.putIfAbsent(e.sourceId(), e);
        }
        if (lookUp) {
            fresh.keySet().removeAll(storedSourceIds(fresh.keySet()));
        }

        List<CapturedEvent> ordered = new ArrayList<>(fresh.values());
        ordered.sort(Comparator.comparing(CapturedEvent::occurredAt));
        Set<String> tieKeys = new HashSet<>();
        for (CapturedEvent e : ordered) {
            if (e.isInteraction()) {
                tieKeys.add(TieKey.of(e.actor(), e.counterpart().get()));
            }
        }
        TieHistory ties = new TieHistory(ao, tieKeys);
        List<Map<String, Object>> rows = new ArrayList<>(ordered.size());
        for (CapturedEvent e : ordered) {
            rows.add(row(e, classify(e, ties)));
        }
        if (!rows.isEmpty()) {
            ao.create(AOActivityEvent.class, rows);
            ties.write();
        }
        List<IngestOutcome> outcomes = new ArrayList<>(events.size());
        Set<String> claimed = new HashSet<>();
        for (CapturedEvent e : events) {
            boolean stored = fresh.containsKey(e.sourceId()) && claimed.add(e.sourceId());
            outcomes.add(stored ? IngestOutcome.STORED : IngestOutcome.DUPLICATE);
        }
        return outcomes;
    }

    private Classification classify(CapturedEvent e, TieHistory ties) {
        long at = e.occurredAt().toEpochMilli();
        if (!e.isInteraction()) {
            return classifier.classify(e, membership.of(e.actor()), Membership.none(), catalog.owner(e.containerKey()),
                    Optional.empty());
        }
        String tie = TieKey.of(e.actor(), e.counterpart().get());
        Classification c = classifier.classify(e, membership.of(e.actor()), membership.of(e.counterpart().get()),
                catalog.owner(e.containerKey()), ties.previous(tie, at));
        ties.record(tie, at);
        return c;
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

    static Map<String, Object> row(CapturedEvent e, Classification c) {
        Map<String, Object> row = new HashMap<>();
        row.put("SOURCE_ID", e.sourceId());
        row.put("OCCURRED_AT", e.occurredAt().toEpochMilli());
        row.put("ACTOR", e.actor());
        row.put("VERB", e.verb().wire());
        row.put("OBJECT_TYPE", e.object().type());
        row.put("OBJECT_ID", e.object().id());
        row.put("OBJECT_TITLE", clip(e.object().title(), 255));
        row.put("OBJECT_URL", clip(e.object().url(), 450));
        row.put("CONTAINER_KEY", e.containerKey());
        row.put("PRODUCT", e.product());
        // Absent rather than null: Active Objects validates every entry of every row, and a
        // column no row of the batch names is simply left NULL.
        e.counterpart().ifPresent(v -> row.put("COUNTERPART", v));
        c.scope().ifPresent(s -> row.put("SCOPE", s.wire()));
        c.novelty().ifPresent(n -> row.put("NOVELTY", n.wire()));
        c.actorTeam().ifPresent(v -> row.put("ACTOR_TEAM", v));
        c.counterpartTeam().ifPresent(v -> row.put("COUNTERPART_TEAM", v));
        if (e.isInteraction()) {
            row.put("TIE_KEY", TieKey.of(e.actor(), e.counterpart().get()));
        }
        return row;
    }

    // Titles are for display; a longer one is cut rather than the event refused.
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
