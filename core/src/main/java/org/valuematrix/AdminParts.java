package org.valuematrix;

import java.time.Clock;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.admin.AdministeredSettings;
import org.valuematrix.admin.AuditLog;
import org.valuematrix.admin.PersonErasure;
import org.valuematrix.admin.PersonExclusions;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.admin.Reclassification;
import org.valuematrix.admin.health.JobRuns;
import org.valuematrix.admin.rest.AuditResource;
import org.valuematrix.admin.rest.PersonDataResource;
import org.valuematrix.admin.rest.RebuildResource;
import org.valuematrix.admin.setup.SetupChecklist;
import org.valuematrix.history.ImportedHistory;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.rest.SettingsResource;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.matrix.rollup.RollupStates;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.EntityAccess;

/**
 * What {@link ValueMatrix} gives administrators: rebuilds, erasure, the audit list, the measurement
 * settings and the setup checklist. The administration area itself is {@code admin.Administration}.
 */
final class AdminParts {
    final AuditLog audit;
    final RebuildJobs rebuilds;
    final PersonErasure erasure;
    final RebuildResource rebuildResource;
    final AuditResource auditResource;
    final PersonDataResource personDataResource;
    final AdministeredSettings settingsAdministration;
    final SetupChecklist setupChecklist;
    final SettingsResource settingsResource;
    final JobRuns jobRuns;

    @SuppressWarnings("checkstyle:ParameterNumber")
    AdminParts(EntityAccess ao, Containers containers, Clock clock, Settings settings, TeamParts teams,
            Caller caller, RollupStates rollupStates, RollupRebuild rollupRebuild, EventIngest ingest,
            MatrixSettingsStore matrixSettings, PersonExclusions exclusions) {
        this.audit = new AuditLog(ao, clock);
        this.rebuilds = new RebuildJobs(rollupStates, rollupRebuild, ingest::exclusively,
                new Reclassification(new Classifier(settings.noveltyWindow()), teams.membership, teams.catalog),
                matrixSettings, audit, clock);
        this.erasure = new PersonErasure(ao, ingest::exclusively, rollupStates, exclusions, audit);
        this.rebuildResource = new RebuildResource(rebuilds, caller);
        this.auditResource = new AuditResource(audit, caller);
        this.personDataResource = new PersonDataResource(erasure, caller);
        this.settingsAdministration = new AdministeredSettings(audit, rebuilds);
        this.setupChecklist = new SetupChecklist(teams.store, containers, ao, rebuilds, new ImportedHistory(ao));
        this.settingsResource = new SettingsResource(matrixSettings, teams.catalog, caller, settingsAdministration);
        this.jobRuns = new JobRuns(ao, clock);
    }
}
