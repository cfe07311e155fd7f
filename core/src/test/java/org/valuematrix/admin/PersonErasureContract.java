package org.valuematrix.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.admin.ao.AOAuditEntry;
import org.valuematrix.matrix.rollup.RandomEvents;
import org.valuematrix.matrix.rollup.RollupSnapshot;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * Erasing a person: their events go, events that answered them stay without them, the rollups are
 * exactly what a rebuild of what remains writes, they are excluded from then on, and the audit
 * list says who did it.
 */
abstract class PersonErasureContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};

    protected abstract TestDatabase database();

    @Test
    void erase_shouldLeaveWhatARebuildWithoutThePersonWritesAndRecordIt() {
        for (long seed = 1; seed <= 6; seed++) {
            try (TestHost host = new TestHost(database()).standard()) {
                EntityAccess ao = host.db().ao();
                host.vm().ingest().ingest(new RandomEvents(seed, PEOPLE, CONTAINERS).events(120));
                int answered = ao.count(AOActivityEvent.class,
                        Query.select().where("COUNTERPART = ? AND ACTOR <> ?", "carl", "carl"));
                int others = ao.count(AOActivityEvent.class, Query.select().where("ACTOR <> ?", "carl"));

                PersonErasure.Outcome outcome = host.vm().erasure().erase("carl", "admin", "asked to be forgotten");

                assertThat(outcome.refused()).isFalse();
                assertThat(outcome.anonymised()).isEqualTo(answered);
                assertThat(ao.count(AOActivityEvent.class, Query.select().where("ACTOR = ? OR COUNTERPART = ?",
                        "carl", "carl"))).as("events naming carl").isZero();
                assertThat(ao.count(AOActivityEvent.class, Query.select())).as("the others' events stay")
                        .isEqualTo(others);
                Map<String, String> erased = RollupSnapshot.of(ao);
                assertThat(String.join("\n", erased.values())).doesNotContain("carl");
                host.vm().rollupRebuild().rebuild();
                assertThat(erased).as("rollups after erasing, seed " + seed).isEqualTo(RollupSnapshot.of(ao));
                AOAuditEntry[] audit = ao.find(AOAuditEntry.class, Query.select());
                assertThat(audit).hasSize(1);
                assertThat(audit[0].getAction()).isEqualTo(AuditLog.PERSON_ERASED);
                assertThat(audit[0].getActor()).isEqualTo("admin");
                assertThat(audit[0].getTarget()).isEqualTo("carl");
                assertThat(audit[0].getDetail()).contains("asked to be forgotten");
            }
        }
    }

    @Test
    void afterErasure_shouldNeitherStoreTheirEventsNorNameThemAsCounterpart() {
        try (TestHost host = new TestHost(database()).standard()) {
            EntityAccess ao = host.db().ao();
            host.vm().erasure().erase("carl", "admin", null);

            List<IngestOutcome> outcomes = host.vm().ingest().ingest(List.of(
                    interaction("carl", "ann").sourceId("from-carl").build(),
                    interaction("ann", "carl").sourceId("to-carl").build(),
                    interaction("ann", "bob").sourceId("ann-bob").build()));

            assertThat(outcomes).containsExactly(IngestOutcome.EXCLUDED, IngestOutcome.STORED, IngestOutcome.STORED);
            AOActivityEvent[] toCarl = ao.find(AOActivityEvent.class, Query.select().where("SOURCE_ID = ?", "to-carl"));
            assertThat(toCarl).hasSize(1);
            assertThat(toCarl[0].getCounterpart()).isNull();
            assertThat(toCarl[0].getScope()).isNull();
            assertThat(ao.count(AOTie.class, Query.select())).as("only ann and bob's tie").isEqualTo(1);
            Map<String, String> incremental = RollupSnapshot.of(ao);
            host.vm().rollupRebuild().rebuild();
            assertThat(incremental).isEqualTo(RollupSnapshot.of(ao));
        }
    }

    @Test
    void erase_whileARebuildFillsTheTables_shouldBeRefusedAndChangeNothing() {
        try (TestHost host = new TestHost(database()).standard()) {
            EntityAccess ao = host.db().ao();
            host.vm().ingest().ingest(new RandomEvents(3, PEOPLE, CONTAINERS).events(30));
            host.vm().ingest().exclusively(() -> host.vm().rollupRebuild().begin(java.time.ZoneOffset.UTC));

            PersonErasure.Outcome outcome = host.vm().erasure().erase("carl", "admin", null);

            assertThat(outcome.refused()).isTrue();
            assertThat(ao.count(AOActivityEvent.class, Query.select().where("ACTOR = ?", "carl"))).isPositive();
            assertThat(ao.count(AOAuditEntry.class, Query.select())).isZero();
        }
    }
}
