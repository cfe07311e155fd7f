package org.valuematrix;

import java.time.Clock;
import java.time.Duration;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.activity.rest.StreamAtomResource;
import org.valuematrix.activity.rest.StreamResource;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.activity.stream.VisibleSets;
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
import org.valuematrix.admin.setup.SetupNotice;
import org.valuematrix.history.ImportedHistory;
import org.valuematrix.matrix.MatrixAudience;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.SettingsAdministration;
import org.valuematrix.matrix.rest.MatrixCsvResource;
import org.valuematrix.matrix.rest.MatrixResource;
import org.valuematrix.matrix.rest.SettingsResource;
import org.valuematrix.matrix.rollup.RollupMaintenance;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.matrix.rollup.RollupStates;
import org.valuematrix.people.DirectoryKeys;
import org.valuematrix.people.People;
import org.valuematrix.rest.Caller;
import org.valuematrix.rest.WebApplicationErrors;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Scheduler;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.UserSearch;
import org.valuematrix.spi.ViewerZones;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamStore;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.rest.ContainersResource;
import org.valuematrix.team.rest.TeamsResource;
import org.valuematrix.web.ActivityMacro;
import org.valuematrix.web.ActivityPageServlet;
import org.valuematrix.web.MatrixEmbed;
import org.valuematrix.web.MatrixMacro;
import org.valuematrix.web.MatrixPageServlet;
import org.valuematrix.web.ProjectMatrix;
import org.valuematrix.web.ProjectMatrixServlet;
import org.valuematrix.web.StreamFragment;
import org.valuematrix.web.StreamFragmentServlet;
import org.valuematrix.web.StreamView;

/**
 * The composition root: builds every core service from the host's ports with plain
 * constructors. The standalone host calls it directly; the plugin's Spring context declares it
 * as a bean and exposes its parts with {@code factory-method}.
 */
public class ValueMatrix implements AutoCloseable {
    public static final String PLUGIN_KEY = "org.valuematrix.value-matrix";
    /** The daily job that deletes visible-container sets nobody used for a week. */
    public static final String PURGE_VISIBLE_SETS_JOB = PLUGIN_KEY + ":purge-visible-sets";
    /** The job that starts a queued rebuild of the rollups, or resumes one whose node went away. */
    public static final String REBUILD_JOB = PLUGIN_KEY + ":rollup-rebuild";

    private final Scheduler scheduler;

    private final EntityAccess ao;
    private final TeamStore teamStore;
    private final TeamCatalog teamCatalog;
    private final TeamMembership membership;
    private final TeamVisibility teamVisibility;
    private final EventIngest ingest;
    private final RollupMaintenance rollups;
    private final RollupReader rollupReader;
    private final RollupRebuild rollupRebuild;
    private final MatrixSettingsStore matrixSettings;
    private final MatrixService matrix;
    private final MatrixResource matrixResource;
    private final MatrixCsvResource matrixCsvResource;
    private final SettingsResource settingsResource;
    private final MatrixPageServlet matrixPage;
    private final RollupStates rollupStates;
    private final AuditLog audit;
    private final RebuildJobs rebuilds;
    private final PersonErasure erasure;
    private final RebuildResource rebuildResource;
    private final AuditResource auditResource;
    private final PersonDataResource personDataResource;
    private final AdministeredSettings settingsAdministration;
    private final SetupChecklist setupChecklist;
    private final JobRuns jobRuns;
    private final MatrixMacro matrixMacro;
    private final ProjectMatrix projectMatrix;
    private final ProjectMatrixServlet projectMatrixPage;
    private final QueuedActivityCapture capture;
    private final StreamService stream;
    private final StreamPresenter presenter;
    private final EventExport export;
    private final Caller caller;
    private final StreamFragment fragment;
    private final ActivityMacro macro;
    private final ActivityPageServlet activityPage;
    private final StreamFragmentServlet streamFragmentServlet;
    private final StreamResource streamResource;
    private final StreamAtomResource streamAtomResource;
    private final EventsResource eventsResource;
    private final TeamsResource teamsResource;
    private final ContainersResource containersResource;
    private final People people;

    /** For hosts without a user search (the benchmark): people are known by key only. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public ValueMatrix(EntityAccess ao, Directory directory, Containers containers, Authentication authentication,
            TemplateRenderer templates, Messages messages, WebResources web, Clock clock, Scheduler scheduler,
            Settings settings) {
        this(ao, directory, containers, authentication, templates, messages, web, clock, scheduler, settings,
                new DirectoryKeys(directory));
    }

    /** Every viewer reads times in the settings' zone; entries show no excerpts. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public ValueMatrix(EntityAccess ao, Directory directory, Containers containers, Authentication authentication,
            TemplateRenderer templates, Messages messages, WebResources web, Clock clock, Scheduler scheduler,
            Settings settings, UserSearch users) {
        this(ao, directory, containers, authentication, templates, messages, web, clock, scheduler, settings, users,
                ViewerZones.fixed(settings.zone()), ContentExcerpts.NONE);
    }

    /**
     * @param zones the zone each viewer reads times and dates in
     * @param excerpts the words of comments that stream entries show
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public ValueMatrix(EntityAccess ao, Directory directory, Containers containers, Authentication authentication,
            TemplateRenderer templates, Messages messages, WebResources web, Clock clock, Scheduler scheduler,
            Settings settings, UserSearch users, ViewerZones zones, ContentExcerpts excerpts) {
        this.ao = ao;
        this.scheduler = scheduler;
        ao.migrate(Entities.asArray());
        this.teamStore = new TeamStore(ao);
        this.teamCatalog = new TeamCatalog(teamStore, clock);
        this.membership = new TeamMembership(directory, teamCatalog, clock);
        this.teamVisibility = new TeamVisibility(directory, teamCatalog, membership, settings.viewerGroup());
        this.rollupStates = new RollupStates(ao, clock);
        // A site's first zone is the host's: the rollups it already has were counted in it.
        rollupStates.ensure(settings.zone());
        this.rollups = new RollupMaintenance(ao, rollupStates::coverage);
        PersonExclusions exclusions = new PersonExclusions(ao, clock);
        this.ingest = new EventIngest(ao, new Classifier(settings.noveltyWindow()), membership, teamCatalog, rollups,
                exclusions);
        this.capture = new QueuedActivityCapture(ingest, settings.captureQueueCapacity(), settings.captureBatchSize());
        VisibleSets visibleSets = new VisibleSets(ao, clock);
        this.rollupReader = new RollupReader(ao, teamCatalog, visibleSets, rollupStates.zones());
        this.rollupRebuild = new RollupRebuild(ao, rollupStates, ingest::exclusively);
        this.stream = new StreamService(new StreamStore(ao, clock, visibleSets), containers, clock,
                new org.valuematrix.spaces.LinkedProjects(ao));
        this.presenter = new StreamPresenter(directory, containers, teamCatalog);
        this.export = new EventExport(ao);
        this.caller = new Caller(authentication, directory);
        this.people = new People(users, teamVisibility, membership, caller);
        this.fragment = new StreamFragment(stream, new StreamView(presenter, messages, web, clock,
                settings.noveltyWindow(), excerpts), templates, web, teamVisibility, zones);
        this.macro = new ActivityMacro(fragment, teamVisibility, templates, messages);
        // The checklist needs the rebuilds, made below; the notice reads it only when a page is asked for.
        SetupNotice setupNotice = new SetupNotice(this::setupChecklist, directory, messages, web, clock);
        this.activityPage = new ActivityPageServlet(authentication, fragment, stream, teamVisibility, containers,
                templates, messages, web, people.finder(), setupNotice);
        this.streamFragmentServlet = new StreamFragmentServlet(authentication, fragment, stream, teamVisibility,
                people.finder());
        this.streamResource = new StreamResource(stream, presenter, teamVisibility, caller, messages, clock, web,
                people.finder());
        this.streamAtomResource = new StreamAtomResource(stream, presenter, teamVisibility, caller, messages, clock,
                web, people.finder());
        this.eventsResource = new EventsResource(ingest, export, caller);
        this.teamsResource = new TeamsResource(teamStore, teamCatalog, membership, teamVisibility, caller);
        this.containersResource = new ContainersResource(containers, teamStore, teamCatalog, caller);
        this.matrixSettings = new MatrixSettingsStore(ao, clock);
        MatrixAudience matrixAudience = new MatrixAudience(teamVisibility, membership, teamCatalog, directory, containers);
        this.matrix = new MatrixService(rollupReader, matrixAudience, matrixSettings, clock);
        this.matrixResource = new MatrixResource(matrix, caller);
        this.matrixCsvResource = new MatrixCsvResource(matrix, caller);
        this.audit = new AuditLog(ao, clock);
        this.rebuilds = new RebuildJobs(rollupStates, rollupRebuild, ingest::exclusively,
                new Reclassification(new Classifier(settings.noveltyWindow()), membership, teamCatalog), matrixSettings,
                audit, clock);
        this.erasure = new PersonErasure(ao, ingest::exclusively, rollupStates, exclusions, audit);
        this.rebuildResource = new RebuildResource(rebuilds, caller);
        this.auditResource = new AuditResource(audit, caller);
        this.personDataResource = new PersonDataResource(erasure, caller);
        this.settingsAdministration = new AdministeredSettings(audit, rebuilds);
        this.setupChecklist = new SetupChecklist(teamStore, containers, ao, rebuilds, new ImportedHistory(ao));
        this.settingsResource = new SettingsResource(matrixSettings, teamCatalog, caller, settingsAdministration);
        this.matrixPage = new MatrixPageServlet(authentication, matrix, templates, messages, web, setupNotice);
        MatrixEmbed matrixEmbed = new MatrixEmbed(matrix, templates, messages, web);
        this.matrixMacro = new MatrixMacro(matrixEmbed, matrix, matrixAudience, templates, messages);
        this.projectMatrix = new ProjectMatrix(matrixEmbed, matrix, matrixAudience, teamCatalog, teamVisibility,
                containers, messages);
        this.projectMatrixPage = new ProjectMatrixServlet(authentication, projectMatrix, matrixEmbed, templates,
                messages, web);
        // The first run waits: a node that has just started has other work, and sets only
        // become stale after a week.
        this.jobRuns = new JobRuns(ao, clock);
        scheduler.schedule(PURGE_VISIBLE_SETS_JOB, Duration.ofMinutes(10), Duration.ofDays(1),
                jobRuns.recording(PURGE_VISIBLE_SETS_JOB, visibleSets::purgeUnused));
        scheduler.schedule(REBUILD_JOB, Duration.ofMinutes(1), Duration.ofMinutes(1),
                jobRuns.recording(REBUILD_JOB, rebuilds::runDue));
    }

    /** Rebuilds of the rollups, once per cluster, in the background. */
    public RebuildJobs rebuilds() {
        return rebuilds;
    }

    /** The administrators' audit list. */
    public AuditLog audit() {
        return audit;
    }

    public PersonErasure erasure() {
        return erasure;
    }

    /** What the rollup tables hold: their zone, and how far a running rebuild has come. */
    public RollupStates rollupStates() {
        return rollupStates;
    }

    /** What a saved change of the settings also writes and starts (the audit entry, a rebuild). */
    public SettingsAdministration settingsAdministration() {
        return settingsAdministration;
    }

    /** The last run of every scheduled job, as stored. */
    public JobRuns jobRuns() {
        return jobRuns;
    }

    /** Get started: what administrators still have to set up. */
    public SetupChecklist setupChecklist() {
        return setupChecklist;
    }

    public RebuildResource rebuildResource() {
        return rebuildResource;
    }

    public AuditResource auditResource() {
        return auditResource;
    }

    public PersonDataResource personDataResource() {
        return personDataResource;
    }

    /** Where hosts hand their events: never blocks a request thread for long. */
    public ActivityCapture capture() {
        return capture;
    }

    /** The same capture, with back-pressure and flushing, for imports and the simulator. */
    public QueuedActivityCapture queuedCapture() {
        return capture;
    }

    public EventIngest ingest() {
        return ingest;
    }

    public MatrixPageServlet matrixPageServlet() {
        return matrixPage;
    }

    /** The {@code value-matrix} macro: one team's or the organisation's matrix, for Confluence pages and the dashboard item. */
    public MatrixMacro matrixMacro() {
        return matrixMacro;
    }

    /** The matrix of a project's owning team, for project pages. */
    public ProjectMatrix projectMatrix() {
        return projectMatrix;
    }

    /** The project sidebar's page, {@link ProjectMatrixServlet#PATH}. */
    public ProjectMatrixServlet projectMatrixServlet() {
        return projectMatrixPage;
    }

    public MatrixService matrixService() {
        return matrix;
    }

    public MatrixSettingsStore matrixSettings() {
        return matrixSettings;
    }

    public MatrixResource matrixResource() {
        return matrixResource;
    }

    public MatrixCsvResource matrixCsvResource() {
        return matrixCsvResource;
    }

    public SettingsResource settingsResource() {
        return settingsResource;
    }

    /** The matrix's aggregates, read from the rollups. */
    public RollupReader rollupReader() {
        return rollupReader;
    }

    /** Recomputes the rollups from the stored events, here and now (safe while events are stored). */
    public RollupRebuild rollupRebuild() {
        return rollupRebuild;
    }

    public EntityAccess entityAccess() {
        return ao;
    }

    public TeamStore teamStore() {
        return teamStore;
    }

    public TeamCatalog teamCatalog() {
        return teamCatalog;
    }

    public TeamMembership membership() {
        return membership;
    }

    /** Which teams each viewer may see named: for anything that shows team names or groups. */
    public TeamVisibility teamVisibility() {
        return teamVisibility;
    }

    public StreamService streamService() {
        return stream;
    }

    public StreamPresenter streamPresenter() {
        return presenter;
    }

    public EventExport eventExport() {
        return export;
    }

    public StreamFragment streamFragment() {
        return fragment;
    }

    public Caller caller() {
        return caller;
    }

    public ActivityMacro activityMacro() {
        return macro;
    }

    public ActivityPageServlet activityPageServlet() {
        return activityPage;
    }

    /** One page of the stream block, for "Load more", "N new entries" and the Jira dashboard item. */
    public StreamFragmentServlet streamFragmentServlet() {
        return streamFragmentServlet;
    }

    /**
     * @return every JAX-RS resource of core, and the provider that answers the framework's own
     *     refusals in the same error shape, for hosts that register instances
     */
    public java.util.List<Object> restResources() {
        return java.util.List.of(streamResource, streamAtomResource, eventsResource, teamsResource, containersResource,
                matrixResource, matrixCsvResource, settingsResource, rebuildResource, auditResource, personDataResource,
                people.resource(), new WebApplicationErrors());
    }

    /** Finding people by name ({@code GET /people}, the {@code actor=} filter). */
    public People people() {
        return people;
    }

    public StreamResource streamResource() {
        return streamResource;
    }

    public StreamAtomResource streamAtomResource() {
        return streamAtomResource;
    }

    public EventsResource eventsResource() {
        return eventsResource;
    }

    public TeamsResource teamsResource() {
        return teamsResource;
    }

    public ContainersResource containersResource() {
        return containersResource;
    }

    /** Stops this node's scheduled jobs, writes what the capture queue still holds, then stops its writer. */
    @Override
    public void close() {
        scheduler.unschedule(PURGE_VISIBLE_SETS_JOB);
        scheduler.unschedule(REBUILD_JOB);
        rebuilds.close();
        capture.close();
    }
}
