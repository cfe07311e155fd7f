package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.valuematrix.testing.TestDatabase;

/**
 * Access expiry with two nodes on one PostgreSQL, each running the scheduled job at the same time
 * (as a failover may make atlassian-scheduler do): the space returns to rehearsal once, and the
 * moderators' notice a week before is given once.
 */
class SpaceExpiryPostgresTest {

    @Test
    void aSpacePastItsDateReturnsToRehearsalOnceAndIsToldAWeekBefore() throws Exception {
        TestDatabase db = TestDatabase.postgres();
        SpacesFixture[] nodes = new SpacesFixture[2];
        nodes[0] = new SpacesFixture(db, null);
        nodes[1] = new SpacesFixture(db.sameDatabase(), nodes[0].admin);
        try {
            SpacesFixture a = nodes[0];
            a.create(SpaceTemplate.CUSTOMER_COLLABORATION, "ACME");
            a.move("ACME", SpaceStage.INVITED, "mia");
            a.create(SpaceTemplate.PARTNER, "LATER");
            assertThat(a.admin.grants("ACME")).isEqualTo(StagePresetsTest.expected(SpaceStage.INVITED));

            // 90 days later: both nodes are 6 days before the date.
            for (SpacesFixture n : nodes) {
                n.host.clock().advance(Duration.ofDays(84));
            }
            runOnBoth(nodes);
            assertThat(actions(a, "ACME")).containsExactly("expiry-notice", "stage", "created");
            assertThat(a.spaces.views().one("ACME", "mia").orElseThrow()).containsEntry("expiresSoon", true);
            assertThat(a.admin.grants("ACME")).isEqualTo(StagePresetsTest.expected(SpaceStage.INVITED));

            for (SpacesFixture n : nodes) {
                n.host.clock().advance(Duration.ofDays(6));
            }
            int changesBefore = a.admin.changes();
            runOnBoth(nodes);
            runOnBoth(nodes);

            assertThat(a.admin.grants("ACME")).isEqualTo(StagePresetsTest.expected(SpaceStage.REHEARSAL));
            assertThat(a.admin.changes() - changesBefore).as("grants revoked, once").isEqualTo(2);
            assertThat(actions(a, "ACME")).containsExactly("expired", "expiry-notice", "stage", "created");
            Map<String, Object> expired = a.spaces.audit().entries("ACME").get(0);
            assertThat(expired).containsEntry("actor", "system").containsEntry("from", "invited")
                    .containsEntry("to", "rehearsal");
            assertThat(a.spaces.store().space("ACME").orElseThrow().stage()).isEqualTo(SpaceStage.REHEARSAL);
            // The space made later, still in rehearsal, was told and expired too, once each.
            assertThat(actions(a, "LATER")).containsExactly("expired", "expiry-notice", "created");
            // Opening again needs a new date.
            StageChanges.Outcome refused = a.move("ACME", SpaceStage.INVITED, "mia");
            assertThat(refused.changed()).isFalse();
            assertThat(refused.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("expired"));
            StageChanges.Outcome reopened = a.spaces.stages().change("ACME", "mia", false, new StageChange(
                    SpaceStage.INVITED, "renewed contract", true, SpacesFixture.TODAY.plusDays(200)));
            assertThat(reopened.changed()).isTrue();
            assertThat(a.admin.grants("ACME")).isEqualTo(StagePresetsTest.expected(SpaceStage.INVITED));
        } finally {
            nodes[1].close();
            nodes[0].close();
        }
    }

    private static List<Object> actions(SpacesFixture f, String key) {
        List<Object> out = new ArrayList<>();
        f.spaces.audit().entries(key).forEach(e -> out.add(e.get("action")));
        return out;
    }

    private static void runOnBoth(SpacesFixture[] nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (SpacesFixture n : nodes) {
            runs.add(pool.submit(() -> {
                go.await();
                n.host.scheduler().run(Spaces.EXPIRY_JOB);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
