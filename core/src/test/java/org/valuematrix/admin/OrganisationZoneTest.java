package org.valuematrix.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuematrix.matrix.MatrixSettings;
import org.valuematrix.matrix.rollup.RollupSnapshot;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The organisation's time zone of the matrix settings is the zone the rollups are written and
 * read in: a change of it rebuilds them in the new zone, and says so until it is done.
 */
class OrganisationZoneTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void newTimeZoneInTheSettings_shouldRebuildTheRollupsInItAndKeepThemThere() throws Exception {
        try (TestHost target = new TestHost(TestDatabase.h2(), ZoneOffset.UTC).standard();
                TestHost reference = new TestHost(TestDatabase.h2(), AUCKLAND).standard()) {
            // 23:00 UTC is the next day in Auckland.
            for (TestHost host : new TestHost[] {target, reference}) {
                host.ingest(interaction("ann", "bob").sourceId("late").at(Instant.parse("2026-03-02T23:00:00Z")).build(),
                        interaction("ann", "carl").sourceId("early").at(Instant.parse("2026-03-02T01:00:00Z")).build());
            }
            AdministeredSettings settings = new AdministeredSettings(target.vm().audit(), target.vm().rebuilds());
            MatrixSettings before = target.vm().matrixSettings().stored();

            settings.save(target.vm().matrixSettings(), before, before.withTimeZone(AUCKLAND), "admin");
            Map<String, Object> status = RebuildJobsContract.awaitFinished(target.vm().rebuilds());

            assertThat(status.get("state")).isEqualTo("done");
            assertThat(status.get("zone")).isEqualTo(AUCKLAND.getId());
            assertThat(settings.rebuild().get("needed")).isEqualTo(false);
            assertThat(target.vm().rollupStates().coverage().zone()).isEqualTo(AUCKLAND);
            target.vm().rollupStates().forgetZone();
            assertThat(target.vm().rollupReader().zone()).isEqualTo(AUCKLAND);
            assertThat(RollupSnapshot.of(target.db().ao())).isEqualTo(RollupSnapshot.of(reference.db().ao()));
            for (TestHost host : new TestHost[] {target, reference}) {
                host.ingest(interaction("bob", "carl").sourceId("after").at(Instant.parse("2026-03-03T22:30:00Z")).build());
            }
            assertThat(RollupSnapshot.of(target.db().ao())).as("maintenance after the change")
                    .isEqualTo(RollupSnapshot.of(reference.db().ao()));
        }
    }

    @Test
    void defaultSettingsOnAHostCountingInUtc_shouldNeedNoRebuild() {
        try (TestHost target = new TestHost(TestDatabase.h2(), ZoneOffset.UTC).standard()) {
            assertThat(new AdministeredSettings(target.vm().audit(), target.vm().rebuilds()).rebuild().get("needed"))
                    .isEqualTo(false);
        }
    }

    @Test
    void savedTimeZone_beforeTheRebuildRuns_shouldBeReportedAsNeedingOne() {
        try (TestHost target = new TestHost(TestDatabase.h2(), ZoneOffset.UTC).standard()) {
            MatrixSettings before = target.vm().matrixSettings().stored();
            target.vm().matrixSettings().save(before.withTimeZone(AUCKLAND), "admin");

            Map<String, Object> rebuild = new AdministeredSettings(target.vm().audit(), target.vm().rebuilds()).rebuild();

            assertThat(rebuild.get("needed")).isEqualTo(true);
            assertThat(rebuild.get("zone")).isEqualTo(ZoneOffset.UTC.getId());
        }
    }
}
