package org.valuematrix.admin.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.ValueMatrix;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/** Scheduled jobs' last runs, on H2 through Active Objects, as two nodes of one cluster see them. */
class JobRunsTest {
    private TestDatabase db;
    private TestHost node;
    private TestHost other;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        node = new TestHost(db).standard();
        other = new TestHost(db.sameDatabase()).standard();
    }

    @AfterEach
    void tearDown() {
        other.close();
        node.close();
    }

    @Test
    void everyScheduledJob_shouldBeListed_asNotRunYet_untilItRuns() {
        List<Map<String, Object>> jobs = node.vm().jobRuns().read();

        assertThat(jobs).extracting(j -> j.get("key")).containsExactly(ValueMatrix.PURGE_VISIBLE_SETS_JOB,
                ValueMatrix.REBUILD_JOB);
        assertThat(jobs).extracting(j -> j.get("outcome")).containsOnly("never");
    }

    @Test
    void aRunOnOneNode_shouldBeWhatEveryNodeReads() {
        node.scheduler().run(ValueMatrix.REBUILD_JOB);

        Map<String, Object> run = other.vm().jobRuns().read().get(1);
        assertThat(run.get("outcome")).isEqualTo("succeeded");
        assertThat((String) run.get("startedAt")).isNotBlank();
        assertThat((String) run.get("finishedAt")).isNotBlank();
        assertThat(run.get("message")).isNull();
    }

    @Test
    void aFailingJob_shouldBeRecordedAsFailedWithWhy_andStillThrowForTheScheduler() {
        JobRuns target = new JobRuns(node.vm().entityAccess(), Clock.systemUTC());
        Runnable job = target.recording("test:broken", () -> {
            throw new IllegalStateException("disk full");
        });

        assertThatThrownBy(job::run).isInstanceOf(IllegalStateException.class);

        Map<String, Object> run = target.read().get(0);
        assertThat(run.get("outcome")).isEqualTo("failed");
        assertThat(run.get("message")).isEqualTo("IllegalStateException: disk full");
        target.recording("test:broken", () -> { }).run();
        assertThat(target.read().get(0).get("outcome")).isEqualTo("succeeded");
        assertThat(target.read().get(0).get("message")).isNull();
    }
}
