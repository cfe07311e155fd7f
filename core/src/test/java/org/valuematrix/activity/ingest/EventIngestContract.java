package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.valuematrix.activity.ingest.IngestOutcome.DUPLICATE;
import static org.valuematrix.activity.ingest.IngestOutcome.STORED;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.TieKey;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/** What {@link EventIngest} promises, run on every database the hosts use. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventIngestContract {
    private TestDatabase db;
    private Organisation org;
    private EventIngest target;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startDatabase() {
        db = createDatabase();
    }

    @AfterAll
    void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void standardOrganisation() {
        db.clear();
        org = new Organisation(db).standard();
        target = org.ingest();
    }

    @Test
    void ingest_shouldStoreEveryFieldOfTheEvent() {
        CapturedEvent e = EventBuilder.event().sourceId("conf:comment:42").at(EventBuilder.T0.plusMillis(123))
                .actor("ann").verb(Verb.REPLIED).object("comment", "42", "Re: “Design” — ü ✓", "/pages/7#comment-42")
                .in("ENG").product("confluence").counterpart("carl").build();

        assertThat(target.ingest(List.of(e))).containsExactly(STORED);

        ActivityEvent stored = org.stored("conf:comment:42");
        assertThat(stored.id()).isPositive();
        assertThat(stored.occurredAt()).isEqualTo(EventBuilder.T0.plusMillis(123));
        assertThat(stored.actor()).isEqualTo("ann");
        assertThat(stored.verb()).isEqualTo(Verb.REPLIED);
        assertThat(stored.object()).isEqualTo(new ActivityObject("comment", "42", "Re: “Design” — ü ✓", "/pages/7#comment-42"));
        assertThat(stored.containerKey()).isEqualTo("ENG");
        assertThat(stored.captured().product()).isEqualTo("confluence");
        assertThat(stored.counterpart()).contains("carl");
    }

    static Stream<Arguments> classifications() {
        return Stream.of(
                arguments("ann", "bob", "ENG", Scope.WITHIN, "eng", "eng"),
                arguments("ann", "carl", "ENG", Scope.ACROSS, "eng", "support"),
                arguments("carl", "dora", "ACME", Scope.EXTERNAL, "support", "acme"),
                arguments("pat", "ann", "ENG", Scope.EXTERNAL, "partnerco", "eng"),
                arguments("ann", "eve", "ENG", Scope.WITHIN, "eng", "eng"),
                arguments("ann", "eve", "SUP", Scope.ACROSS, "eng", "support"),
                arguments("ann", "eve", "ACME", Scope.EXTERNAL, "eng", "acme"),
                arguments("ann", "eve", "OPEN", Scope.ACROSS, "eng", null),
                arguments("eve", "vic", "OPEN", Scope.WITHIN, null, null));
    }

    @ParameterizedTest(name = "{0} → {1} in {2}: {3}")
    @MethodSource("classifications")
    void ingest_shouldStoreTheClassificationFromTeamsInForceAtIngest(String actor, String counterpart, String container,
            Scope scope, String actorTeam, String counterpartTeam) {
        target.ingest(List.of(interaction(actor, counterpart).sourceId("e").in(container).build()));

        ActivityEvent stored = org.stored("e");
        assertThat(stored.scope()).contains(scope);
        assertThat(stored.novelty()).contains(Novelty.NEW);
        assertThat(stored.classification().actorTeam()).isEqualTo(java.util.Optional.ofNullable(actorTeam));
        assertThat(stored.classification().counterpartTeam()).isEqualTo(java.util.Optional.ofNullable(counterpartTeam));
        assertThat(db.queryInt("SELECT COUNT(*) FROM " + db.quotedTable(AOActivityEvent.class) + " WHERE \"TIE_KEY\" = ?",
                TieKey.of(counterpart, actor))).isEqualTo(1);
    }

    @Test
    void ingest_personInSeveralTeams_shouldBeClassifiedByTheirHomeTeam() {
        org.directory().addToGroups("carl", "eng");
        org.refresh();

        target.ingest(List.of(interaction("carl", "bob").sourceId("e").build()));

        assertThat(org.stored("e").scope()).contains(Scope.WITHIN);
        assertThat(org.stored("e").classification().actorTeam()).contains("eng");
    }

    @Test
    void ingest_membershipChange_shouldNotRewriteStoredHistory() {
        target.ingest(List.of(interaction("ann", "carl").sourceId("before").day(0).build()));
        org.directory().addToGroups("carl", "eng");
        org.refresh();

        target.ingest(List.of(interaction("ann", "carl").sourceId("after").day(1).build()));

        assertThat(org.stored("before").scope()).contains(Scope.ACROSS);
        assertThat(org.stored("after").scope()).contains(Scope.WITHIN);
    }

    @Test
    void ingest_nonInteractions_shouldStoreNoScopeNoveltyOrTie() {
        target.ingest(List.of(EventBuilder.event().sourceId("alone").actor("ann").alone().verb(Verb.CREATED).build(),
                interaction("ann", "ann").sourceId("self").verb(Verb.UPDATED).build()));

        for (ActivityEvent e : org.stored()) {
            assertThat(e.scope()).isEmpty();
            assertThat(e.novelty()).isEmpty();
            assertThat(e.classification().actorTeam()).contains("eng");
        }
        assertThat(db.count(AOTie.class)).isZero();
    }

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
    void ingest_longTitleAndUrl_shouldBeClippedNotRefused() {
        String title = "T".repeat(300);
        String url = "/pages/" + "u".repeat(600);

        assertThat(target.ingest(List.of(interaction("ann", "bob").sourceId("long").title(title).url(url).build())))
                .containsExactly(STORED);

        ActivityObject o = org.stored("long").object();
        assertThat(o.title()).hasSize(255).startsWith("TTT").endsWith("\u2026");
        assertThat(o.url()).hasSize(450).startsWith("/pages/uuu");
    }

    @Test
    void ingest_nulCharacters_shouldNotFailTheBatchOnAnyDatabase() {
        CapturedEvent withNul = interaction("ann", "bob\u0000").sourceId("n\u0000ul").title("A\u0000B\tC\u0007")
                .url("/p/\u0000x").build();
        CapturedEvent plain = interaction("ann", "carl").sourceId("plain").build();

        assertThat(target.ingest(List.of(withNul, plain))).containsExactly(STORED, STORED);
        assertThat(target.ingest(List.of(withNul))).as("still idempotent").containsExactly(DUPLICATE);

        ActivityEvent stored = org.stored("n\uFFFDul");
        assertThat(stored.object().title()).isEqualTo("A\uFFFDB\tC\u0007");
        assertThat(stored.object().url()).isEqualTo("/p/\uFFFDx");
        assertThat(stored.counterpart()).contains("bob\uFFFD");
        assertThat(org.stored("plain").object().title()).isEqualTo("A page");
    }

    @Test
    void novelty_acrossBatches_shouldFollowTheTieEitherWayRound() {
        Duration d90 = Duration.ofDays(90);
        target.ingest(List.of(interaction("ann", "carl").sourceId("1").at(EventBuilder.T0).build()));
        target.ingest(List.of(interaction("carl", "ann").sourceId("2").at(EventBuilder.T0.plus(d90)).build()));
        target.ingest(List.of(interaction("ann", "carl").sourceId("3").at(EventBuilder.T0.plus(d90).plus(d90).plusMillis(1))
                .build()));

        assertThat(org.stored("1").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("2").novelty()).as("exactly 90 days later").contains(Novelty.EXISTING);
        assertThat(org.stored("3").novelty()).as("90 days and 1 ms later").contains(Novelty.NEW);
        assertThat(db.count(AOTie.class)).isEqualTo(1);
    }

    @Test
    void novelty_otherTies_shouldNotCount() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("1").day(0).build()));
        target.ingest(List.of(interaction("ann", "carl").sourceId("2").day(1).build(),
                interaction("bob", "carl").sourceId("3").day(2).build()));

        assertThat(org.stored()).allSatisfy(e -> assertThat(e.novelty()).contains(Novelty.NEW));
    }

    @Test
    void novelty_withinOneBatch_shouldFollowTimeNotListOrder() {
        List<IngestOutcome> outcomes = target.ingest(List.of(
                interaction("ann", "bob").sourceId("late").day(50).build(),
                interaction("bob", "ann").sourceId("early").day(0).build(),
                interaction("ann", "bob").sourceId("much-later").day(200).build()));

        assertThat(outcomes).containsExactly(STORED, STORED, STORED);
        assertThat(org.stored("early").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("late").novelty()).contains(Novelty.EXISTING);
        assertThat(org.stored("much-later").novelty()).contains(Novelty.NEW);
    }

    @Test
    void novelty_olderEventImportedAfterNewerOnes_shouldIgnoreTheLaterOnes() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day100").day(100).build()));

        target.ingest(List.of(interaction("ann", "bob").sourceId("day0").day(0).build()));
        target.ingest(List.of(interaction("bob", "ann").sourceId("day50").day(50).build()));

        assertThat(org.stored("day0").novelty()).as("only a later interaction exists").contains(Novelty.NEW);
        assertThat(org.stored("day50").novelty()).as("day 0 is 50 days before").contains(Novelty.EXISTING);
    }

    @Test
    void novelty_olderEventsImportedTogetherAfterANewerOne_shouldSeeEachOther() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day100").day(100).build()));

        target.ingest(List.of(interaction("ann", "bob").sourceId("day10").day(10).build(),
                interaction("bob", "ann").sourceId("day20").day(20).build()));

        assertThat(org.stored("day10").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("day20").novelty()).as("day 10 of the same import is 10 days before")
                .contains(Novelty.EXISTING);
    }

    @Test
    void novelty_importBetweenStoredInteractions_shouldUseTheLatestEarlierOne() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day0").day(0).build(),
                interaction("ann", "bob").sourceId("day200").day(200).build()));

        target.ingest(List.of(interaction("ann", "bob").sourceId("day95").day(95).build(),
                interaction("ann", "bob").sourceId("day100").day(100).build()));

        assertThat(org.stored("day95").novelty()).as("day 0 is 95 days before").contains(Novelty.NEW);
        assertThat(org.stored("day100").novelty()).as("day 95 is 5 days before").contains(Novelty.EXISTING);
    }

    @Test
    void novelty_afterAnImportOfOlderEvents_shouldStillSeeTheLatestInteraction() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day100").day(100).build()));
        target.ingest(List.of(interaction("ann", "bob").sourceId("day0").day(0).build()));

        target.ingest(List.of(interaction("ann", "bob").sourceId("day150").day(150).build()));

        assertThat(org.stored("day150").novelty()).as("day 100 is 50 days before").contains(Novelty.EXISTING);
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
