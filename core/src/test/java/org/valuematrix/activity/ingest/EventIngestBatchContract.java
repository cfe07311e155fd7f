package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuematrix.activity.ingest.IngestOutcome.DUPLICATE;
import static org.valuematrix.activity.ingest.IngestOutcome.STORED;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;

/** Each event stored once and each batch all or nothing: repeats, duplicates, chunks, two nodes at once, failures. */
abstract class EventIngestBatchContract extends EventIngestFixture {
    @Test
    void ingest_sameBatchTwice_shouldStoreItOnce() {
        List<CapturedEvent> batch = List.of(interaction("ann", "bob").sourceId("a").build(),
                interaction("bob", "carl").sourceId("b").build());

        assertThat(target.ingest(batch)).containsExactly(STORED, STORED);
        assertThat(target.ingest(batch)).containsExactly(DUPLICATE, DUPLICATE);

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(2);
    }

    @Test
    void ingest_duplicatesWithinABatch_shouldStoreTheFirstOnly() {
        List<IngestOutcome> outcomes = target.ingest(List.of(
                interaction("ann", "bob").sourceId("a").title("first").build(),
                interaction("ann", "carl").sourceId("b").build(),
                interaction("dora", "carl").sourceId("a").title("second").build()));

        assertThat(outcomes).containsExactly(STORED, STORED, DUPLICATE);
        assertThat(db.count(AOActivityEvent.class)).isEqualTo(2);
        assertThat(org.stored("a").object().title()).isEqualTo("first");
    }

    @Test
    void ingest_overlappingBatches_shouldStoreOnlyWhatIsNew() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("a").build(),
                interaction("ann", "bob").sourceId("b").build()));

        assertThat(target.ingest(List.of(interaction("ann", "bob").sourceId("b").build(),
                interaction("ann", "bob").sourceId("c").build()))).containsExactly(DUPLICATE, STORED);
        assertThat(org.stored()).extracting(e -> e.captured().sourceId()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void ingestNew_batchWithAStoredSourceId_shouldStoreTheRestOnceAndReportTheDuplicate() {
        target.ingestNew(List.of(interaction("ann", "bob").sourceId("a").day(0).build()));

        List<IngestOutcome> outcomes = target.ingestNew(List.of(
                interaction("ann", "bob").sourceId("b").day(1).build(),
                interaction("ann", "bob").sourceId("a").day(0).title("again").build(),
                interaction("ann", "carl").sourceId("c").day(2).build(),
                interaction("ann", "carl").sourceId("c").day(2).build()));

        assertThat(outcomes).containsExactly(STORED, DUPLICATE, STORED, DUPLICATE);
        assertThat(org.stored()).extracting(e -> e.captured().sourceId()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(org.stored("a").object().title()).isEqualTo("A page");
        assertThat(org.stored("b").novelty()).as("day 0 is the tie's first interaction").contains(Novelty.EXISTING);
        assertThat(db.count(AOTie.class)).isEqualTo(2);
    }

    @Test
    void ingestNew_batchFailingForAnotherReason_shouldWriteNothingAndFail() {
        List<CapturedEvent> batch = List.of(interaction("ann", "carl").sourceId("ok-1").build(),
                interaction("ann", "bob").sourceId("bad").product("p".repeat(33)).build());

        assertThatThrownBy(() -> target.ingestNew(batch)).isInstanceOf(EntityAccessException.class);

        assertThat(db.count(AOActivityEvent.class)).isZero();
        assertThat(db.count(AOTie.class)).isZero();
    }

    @Test
    void ingest_emptyBatch_shouldDoNothing() {
        assertThat(target.ingest(List.of())).isEmpty();
        assertThat(db.count(AOActivityEvent.class)).isZero();
    }

    @Test
    void ingest_batchFailingMidway_shouldWriteNothing() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("earlier").day(0).build()));
        // PRODUCT is VARCHAR(32): the database itself refuses this row, after the others were sent.
        List<CapturedEvent> batch = List.of(
                interaction("ann", "carl").sourceId("ok-1").day(1).build(),
                interaction("ann", "bob").sourceId("bad").day(2).product("p".repeat(33)).build(),
                interaction("carl", "dora").sourceId("ok-2").day(3).build());

        assertThatThrownBy(() -> target.ingest(batch)).isInstanceOf(EntityAccessException.class);

        assertThat(org.stored()).extracting(e -> e.captured().sourceId()).containsExactly("earlier");
        assertThat(db.count(AOTie.class)).as("no tie of the failed batch").isEqualTo(1);
        assertThat(target.ingest(List.of(interaction("ann", "carl").sourceId("ok-1").day(1).build(),
                interaction("ann", "bob").sourceId("later").day(100).build()))).containsExactly(STORED, STORED);
        assertThat(org.stored("ok-1").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("later").novelty()).as("the failed day-2 event left no trace in the tie")
                .contains(Novelty.NEW);
    }

    @Test
    void ingest_batchLargerThanOneInList_shouldStoreAndDeduplicateAcrossChunks() {
        List<CapturedEvent> first = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            first.add(interaction("p" + (i % 40), "q" + (i % 30)).sourceId("big" + i).at(EventBuilder.T0.plusSeconds(i)).build());
        }
        target.ingest(first);
        List<CapturedEvent> second = new java.util.ArrayList<>(first.subList(100, 700));
        for (int i = 700; i < 1_300; i++) {
            second.add(interaction("p" + (i % 40), "q" + (i % 30)).sourceId("big" + i).at(EventBuilder.T0.plusSeconds(i)).build());
        }

        List<IngestOutcome> outcomes = target.ingest(second);

        assertThat(outcomes.subList(0, 600)).containsOnly(DUPLICATE);
        assertThat(outcomes.subList(600, 1_200)).containsOnly(STORED);
        assertThat(db.count(AOActivityEvent.class)).isEqualTo(1_300);
        assertThat(db.count(AOTie.class)).isEqualTo(120);
        assertThat(org.stored("big1299").novelty()).as("its tie met 120 s before").contains(Novelty.EXISTING);
    }

    @ParameterizedTest(name = "insert first: {0}")
    @ValueSource(booleans = {false, true})
    void ingest_sameEventsFromTwoNodesAtOnce_shouldStoreEachOnce(boolean insertFirst) throws Exception {
        EventIngest otherNode = new Organisation(db).standard().ingest();
        for (int round = 0; round < 5; round++) {
            List<CapturedEvent> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                batch.add(interaction("ann", i % 2 == 0 ? "bob" : "carl").sourceId("r" + round + "-" + i)
                        .at(EventBuilder.T0.plusSeconds(round * 100L + i)).build());
            }
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<List<IngestOutcome>> a = pool.submit(() -> {
                    start.await();
                    return insertFirst ? target.ingestNew(batch) : target.ingest(batch);
                });
                java.util.concurrent.Future<List<IngestOutcome>> b = pool.submit(() -> {
                    start.await();
                    return insertFirst ? otherNode.ingestNew(batch) : otherNode.ingest(batch);
                });
                List<IngestOutcome> first = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
                List<IngestOutcome> second = b.get(60, java.util.concurrent.TimeUnit.SECONDS);
                for (int i = 0; i < batch.size(); i++) {
                    assertThat(List.of(first.get(i), second.get(i))).as("round %d event %d", round, i)
                            .containsExactlyInAnyOrder(STORED, DUPLICATE);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(db.count(AOActivityEvent.class)).isEqualTo(150);
        assertThat(db.count(AOTie.class)).isEqualTo(2);
    }
}
