package org.valuematrix.activity.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.spi.EntityAccess;

/**
 * Novelty as a function of the stored interactions of each tie, for one batch: the
 * interactions of a tie in occurrence order (source id between equal instants) are each new
 * when the one before is missing or older than the baseline window. New interactions of the
 * batch take their place in that order, and a stored interaction whose predecessor changes is
 * reclassified.
 *
 * <p>Must run while the batch's ties are locked ({@link TieLocks}): it reads the committed
 * state and its writes assume nobody else writes these ties before the transaction ends.
 *
 * <p>A tie whose new interactions all come after its last stored one (what capture delivers)
 * costs nothing but its row in {@link AOTie}. Otherwise it reads the tie's stored interactions
 * from one window before the earliest new one to one window after the latest: only those can
 * be the predecessor of a new interaction, and only those can have one as their predecessor.
 */
final class TieHistory {
    static final Comparator<CapturedEvent> OCCURRENCE_ORDER =
            Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId);

    private final EntityAccess ao;
    private final Classifier classifier;
    private final Map<String, long[]> stored = new HashMap<>();
    private final Map<String, long[]> written = new HashMap<>();
    private final Map<String, Long> previous = new HashMap<>();
    private final List<AOActivityEvent> reclassified = new ArrayList<>();
    private final List<NoveltyChange> changes = new ArrayList<>();

    /** @param newByTie the batch's new interactions by tie key, each list in occurrence order */
    TieHistory(EntityAccess ao, Classifier classifier, Map<String, List<CapturedEvent>> newByTie) {
        this.ao = ao;
        this.classifier = classifier;
        load(newByTie.keySet());
        for (Map.Entry<String, List<CapturedEvent>> tie : newByTie.entrySet()) {
            place(tie.getKey(), tie.getValue());
        }
    }

    /** @return the time of the interaction before {@code e} in its tie, if there is one */
    Optional<Instant> previous(CapturedEvent e) {
        Long at = previous.get(e.sourceId());
        return at == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    /** @return the stored interactions this batch reclassifies, as they were before */
    List<NoveltyChange> changes() {
        return changes;
    }

    /** Writes the reclassified interactions and the ties' first and last times. */
    void write() {
        for (AOActivityEvent e : reclassified) {
            Rows.save(e);
        }
        List<String> rewritten = new ArrayList<>(written.keySet());
        rewritten.retainAll(stored.keySet());
        for (List<String> chunk : Chunks.of(rewritten)) {
            ao.deleteWithSQL(AOTie.class, "TIE_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        List<Map<String, Object>> rows = new ArrayList<>(written.size());
        for (Map.Entry<String, long[]> e : written.entrySet()) {
            Map<String, Object> row = new HashMap<>();
            row.put("TIE_KEY", e.getKey());
            row.put("FIRST_AT", e.getValue()[0]);
            row.put("LAST_AT", e.getValue()[1]);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(AOTie.class, rows);
        }
    }

    private void load(Collection<String> tieKeys) {
        for (List<String> chunk : Chunks.of(tieKeys)) {
            AOTie[] rows = ao.find(AOTie.class,
                    Query.select().where("TIE_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (AOTie t : rows) {
                stored.put(t.getTieKey(), new long[] {t.getFirstAt(), t.getLastAt()});
            }
        }
    }

    private void place(String tie, List<CapturedEvent> fresh) {
        long first = millis(fresh.get(0));
        long last = millis(fresh.get(fresh.size() - 1));
        long[] row = stored.get(tie);
        if (row == null || first > row[1]) {
            Long before = row == null ? null : row[1];
            for (CapturedEvent e : fresh) {
                remember(e, before);
                before = millis(e);
            }
        } else {
            merge(tie, fresh);
        }
        long[] span = row == null ? new long[] {first, last} : new long[] {Math.min(row[0], first), Math.max(row[1], last)};
        if (row == null || span[0] != row[0] || span[1] != row[1]) {
            written.put(tie, span);
        }
    }

    private void merge(String tie, List<CapturedEvent> fresh) {
        long window = classifier.noveltyWindow().toMillis();
        CapturedEvent earliest = fresh.get(0);
        // Every column: a reclassified interaction moves in the rollups, which need all of it.
        AOActivityEvent[] near = ao.find(AOActivityEvent.class, Query.select(StreamStore.COLUMNS)
                .where("TIE_KEY = ? AND OCCURRED_AT >= ? AND OCCURRED_AT <= ?", tie, millis(earliest) - window,
                        millis(fresh.get(fresh.size() - 1)) + window));
        List<Entry> all = new ArrayList<>(near.length + fresh.size());
        for (AOActivityEvent e : near) {
            all.add(new Entry(e.getOccurredAt(), e.getSourceId(), e, null));
        }
        for (CapturedEvent e : fresh) {
            all.add(new Entry(millis(e), e.sourceId(), null, e));
        }
        all.sort(Comparator.comparingLong((Entry x) -> x.at).thenComparing(x -> x.sourceId));
        Entry start = new Entry(millis(earliest), earliest.sourceId(), null, earliest);
        Long before = null;
        for (Entry x : all) {
            if (x.fresh != null) {
                remember(x.fresh, before);
            } else if (x.compareTo(start) > 0) {
                Novelty now = classifier.novelty(Instant.ofEpochMilli(x.at),
                        Optional.ofNullable(before).map(Instant::ofEpochMilli));
                if (!now.wire().equals(x.stored.getNovelty())) {
                    changes.add(new NoveltyChange(StreamStore.toEvent(x.stored), now));
                    x.stored.setNovelty(now.wire());
                    reclassified.add(x.stored);
                }
            }
            before = x.at;
        }
    }

    private void remember(CapturedEvent e, Long before) {
        if (before != null) {
            previous.put(e.sourceId(), before);
        }
    }

    private static long millis(CapturedEvent e) {
        return e.occurredAt().toEpochMilli();
    }

    /** A stored or a new interaction of one tie, in occurrence order. */
    private static final class Entry implements Comparable<Entry> {
        final long at;
        final String sourceId;
        final AOActivityEvent stored;
        final CapturedEvent fresh;

        Entry(long at, String sourceId, AOActivityEvent stored, CapturedEvent fresh) {
            this.at = at;
            this.sourceId = sourceId;
            this.stored = stored;
            this.fresh = fresh;
        }

        @Override
        public int compareTo(Entry o) {
            int byTime = Long.compare(at, o.at);
            return byTime != 0 ? byTime : sourceId.compareTo(o.sourceId);
        }
    }
}
