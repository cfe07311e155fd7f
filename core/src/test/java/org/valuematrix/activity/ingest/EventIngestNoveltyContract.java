package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.activity.ingest.IngestOutcome.STORED;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.testing.EventBuilder;

/** Whether an interaction is new for its tie, whatever order and batches the events arrive in. */
abstract class EventIngestNoveltyContract extends EventIngestFixture {
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
    void novelty_earlierInteractionArrivingLate_shouldMakeTheNextOneInsideTheWindowExisting() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day50").day(50).build(),
                interaction("bob", "ann").sourceId("day60").day(60).build()));
        assertThat(org.stored("day50").novelty()).as("the tie's first interaction so far").contains(Novelty.NEW);

        target.ingest(List.of(interaction("ann", "bob").sourceId("day0").day(0).build()));

        assertThat(org.stored("day0").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("day50").novelty()).as("day 0 is 50 days before").contains(Novelty.EXISTING);
        assertThat(org.stored("day60").novelty()).contains(Novelty.EXISTING);
    }

    @Test
    void novelty_earlierInteractionArrivingLate_shouldLeaveOnesOutsideTheWindowNew() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day100").day(100).build()));

        target.ingest(List.of(interaction("ann", "bob").sourceId("day9").day(9).build()));

        assertThat(org.stored("day100").novelty()).as("day 9 is 91 days before").contains(Novelty.NEW);
        assertThat(org.stored("day9").novelty()).contains(Novelty.NEW);
    }

    @Test
    void novelty_lateInteractionsOfAnImport_shouldReclassifyEveryLaterOneTheyPrecede() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day100").day(100).build(),
                interaction("ann", "bob").sourceId("day300").day(300).build(),
                interaction("ann", "carl").sourceId("other-tie").day(101).build()));

        target.ingest(List.of(interaction("bob", "ann").sourceId("day250").day(250).build(),
                interaction("ann", "bob").sourceId("day40").day(40).build(),
                interaction("carl", "ann").sourceId("other-tie-late").day(0).build()));

        assertThat(org.stored("day100").novelty()).as("day 40 is 60 days before").contains(Novelty.EXISTING);
        assertThat(org.stored("day300").novelty()).as("day 250 is 50 days before").contains(Novelty.EXISTING);
        assertThat(org.stored("day250").novelty()).as("day 100 is 150 days before").contains(Novelty.NEW);
        assertThat(org.stored("other-tie").novelty()).as("day 0 is 101 days before").contains(Novelty.NEW);
    }

    @Test
    void novelty_sameInstant_shouldOrderBySourceIdWhateverArrivesFirst() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("b").day(10).build()));
        assertThat(org.stored("b").novelty()).contains(Novelty.NEW);

        target.ingest(List.of(interaction("bob", "ann").sourceId("a").day(10).build()));

        assertThat(org.stored("a").novelty()).as("a sorts first at the same instant").contains(Novelty.NEW);
        assertThat(org.stored("b").novelty()).as("a is its predecessor now").contains(Novelty.EXISTING);
    }

    @Test
    void novelty_sameInstantInSourceIdOrder_shouldLeaveTheFirstNew() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("a").day(10).build()));

        target.ingest(List.of(interaction("bob", "ann").sourceId("b").day(10).build()));

        assertThat(org.stored("a").novelty()).contains(Novelty.NEW);
        assertThat(org.stored("b").novelty()).contains(Novelty.EXISTING);
    }

    @Test
    void novelty_lateInteractionOfAnotherTie_shouldChangeNothing() {
        target.ingest(List.of(interaction("ann", "bob").sourceId("day50").day(50).build()));

        target.ingest(List.of(interaction("ann", "carl").sourceId("day0").day(0).build(),
                interaction("ann", "ann").sourceId("self").day(0).build()));

        assertThat(org.stored("day50").novelty()).contains(Novelty.NEW);
    }

    @Test
    void novelty_scopeAndTeamsOfAReclassifiedInteraction_shouldStayAsStoredAtIngest() {
        target.ingest(List.of(interaction("ann", "carl").sourceId("day50").day(50).build()));
        org.directory().user("carl", "Carl Cook", "eng", "staff");
        org.refresh();

        target.ingest(List.of(interaction("ann", "carl").sourceId("day0").day(0).build()));

        assertThat(org.stored("day50").novelty()).contains(Novelty.EXISTING);
        assertThat(org.stored("day50").scope()).as("membership at its ingest").contains(Scope.ACROSS);
        assertThat(org.stored("day50").classification().counterpartTeam()).contains("support");
        assertThat(org.stored("day0").scope()).contains(Scope.WITHIN);
    }
}
