package org.valuematrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Duration;
import java.util.Set;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOVisibleSet;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.activity.rest.StreamAtomResource;
import org.valuematrix.activity.rest.StreamResource;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.admin.rest.AuditResource;
import org.valuematrix.admin.rest.PersonDataResource;
import org.valuematrix.admin.rest.RebuildResource;
import org.valuematrix.matrix.rest.MatrixCsvResource;
import org.valuematrix.matrix.rest.MatrixResource;
import org.valuematrix.matrix.rest.SettingsResource;
import org.valuematrix.people.rest.PeopleResource;
import org.valuematrix.rest.WebApplicationErrors;
import org.valuematrix.team.rest.ContainersResource;
import org.valuematrix.team.rest.TeamsResource;
import org.valuematrix.testing.ManualScheduler;
import org.valuematrix.testing.MutableClock;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The composition root the hosts wire: every REST resource, capture that flushes on close, and the
 * maintenance it schedules.
 */
class ValueMatrixTest {

    @Test
    void restResources_shouldBeEveryCoreResourceOnceAndTheErrorMapper() {
        try (TestHost host = TestHost.onH2()) {
            assertThat(host.vm().restResources()).hasSize(13).hasOnlyElementsOfTypes(StreamResource.class,
                    StreamAtomResource.class, EventsResource.class, TeamsResource.class, ContainersResource.class,
                    MatrixResource.class, MatrixCsvResource.class, SettingsResource.class, RebuildResource.class,
                    AuditResource.class, PersonDataResource.class, PeopleResource.class, WebApplicationErrors.class);
        }
    }

    @Test
    void close_shouldWriteWhatTheCaptureQueueHolds() {
        TestDatabase db = TestDatabase.h2();
        TestHost host = new TestHost(db).standard();
        for (int i = 0; i < 250; i++) {
            assertThat(host.vm().capture().capture(interaction("ann", "bob").sourceId("c" + i).build())).isTrue();
        }

        host.vm().close();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(250);
        db.close();
    }

    @Test
    void construction_onAnExistingDatabase_shouldKeepItsData() {
        TestDatabase db = TestDatabase.h2();
        try (TestHost first = new TestHost(db).standard()) {
            first.ingest(interaction("ann", "bob").sourceId("kept").build());
            first.vm().close();
            TestHost second = new TestHost(db);
            assertThat(second.vm().teamStore().all()).hasSize(4);
            assertThat(db.count(AOActivityEvent.class)).isEqualTo(1);
            second.vm().close();
        }
    }

    @Test
    void construction_shouldScheduleADailyPurgeOfVisibleSetsNobodyUsedForAWeek() {
        try (TestHost host = TestHost.onH2()) {
            ManualScheduler.Job job = host.scheduler().job(ValueMatrix.PURGE_VISIBLE_SETS_JOB).orElseThrow();
            assertThat(job.interval).isEqualTo(Duration.ofDays(1));
            assertThat(job.firstAfter).isPositive().isLessThan(Duration.ofHours(1));

            MutableClock eightDaysAgo = new MutableClock(host.clock().instant().minus(Duration.ofDays(8)));
            int stale = new VisibleSets(host.db().ao(), eightDaysAgo).idOf(Set.of("SP-GONE"));
            int used = new VisibleSets(host.db().ao(), host.clock()).idOf(Set.of("SP-KEPT"));

            host.scheduler().run(ValueMatrix.PURGE_VISIBLE_SETS_JOB);

            assertThat(host.db().ao().find(AOVisibleSet.class, Query.select("ID")))
                    .extracting(AOVisibleSet::getID).containsExactly(used).doesNotContain(stale);
        }
    }

    @Test
    void close_shouldStopThisNodesScheduledJobs() {
        TestHost host = TestHost.onH2();

        host.vm().close();

        assertThat(host.scheduler().job(ValueMatrix.PURGE_VISIBLE_SETS_JOB)).isEmpty();
        host.db().close();
    }

    @Test
    void settingsDefaults_shouldBeThoseOfTheDomain() {
        Settings s = Settings.defaults();

        assertThat(s.noveltyWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(s.captureQueueCapacity()).isPositive();
        assertThat(s.captureBatchSize()).isPositive().isLessThanOrEqualTo(s.captureQueueCapacity());
    }
}
