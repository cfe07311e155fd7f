package org.valuematrix;

import java.time.Clock;
import java.time.Duration;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.activity.rest.StreamAtomResource;
import org.valuematrix.activity.rest.StreamResource;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.activity.stream.StreamPresenter;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.admin.AuditLog;
import org.valuematrix.admin.PersonErasure;
import org.valuematrix.admin.PersonExclusions;
import org.valuematrix.admin.RebuildJobs;
import org.valuematrix.admin.health.JobRuns;
import org.valuematrix.admin.setup.SetupChecklist;
import org.valuematrix.admin.setup.SetupNotice;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.SettingsAdministration;
import org.valuematrix.matrix.rest.MatrixResource;
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
import org.valuematrix.web.MatrixMacro;
import org.valuematrix.web.MatrixPageServlet;
import org.valuematrix.web.ProjectMatrix;
import org.valuematrix.web.ProjectMatrixServlet;
import org.valuematrix.web.StreamFragment;
import org.valuematrix.web.StreamFragmentServlet;

/**
 * The composition root: builds every core service from the host's ports with plain
 * constructors. The standalone host calls it directly; the plugin's Spring context declares it
 * as a bean and exposes its parts with {@code factory-method}. Each feature's parts are built by its
 * own {@code *Parts} class; this one keeps the order they need each other in.
 */
public class ValueMatrix implements AutoCloseable {
    public static final String PLUGIN_KEY = "org.valuematrix.value-matrix";
    /** The daily job that deletes visible-container sets nobody used for a week. */
    public static final String PURGE_VISIBLE_SETS_JOB = PLUGIN_KEY + ":purge-visible-sets";
    /** The job that starts a queued rebuild of the rollups, or resumes one whose node went away. */
    public static final String REBUILD_JOB = PLUGIN_KEY + ":rollup-rebuild";

    private final Scheduler scheduler;
    private final EntityAccess ao;
    private final Caller caller;
    private final People people;
    private final RollupStates rollupStates;
    private final TeamParts teams;
    private final ActivityParts activity;
    private final MatrixParts matrix;
    private final AdminParts admin;

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
        this.caller = new Caller(authentication, directory);
        this.teams = new TeamParts(ao, directory, containers, clock, settings, caller);
        this.people = new People(users, teams.visibility, teams.membership, caller);
        this.rollupStates = new RollupStates(ao, clock);
        // A site's first zone is the host's: the rollups it already has were counted in it.
        rollupStates.ensure(settings.zone());
        PersonExclusions exclusions = new PersonExclusions(ao, clock);
        // The checklist needs the rebuilds, made below; the notice reads it only when a page is asked for.
        SetupNotice setupNotice = new SetupNotice(this::setupChecklist, directory, messages, web, clock);
        this.activity = new ActivityParts(ao, directory, containers, authentication, templates, messages, web, clock,
                settings, zones, excerpts, teams, caller, people, new RollupMaintenance(ao, rollupStates::coverage),
                exclusions, setupNotice);
        this.matrix = new MatrixParts(ao, directory, containers, authentication, templates, messages, web, clock,
                teams, caller, activity.visibleSets, rollupStates, activity.ingest, setupNotice);
        this.admin = new AdminParts(ao, containers, clock, settings, teams, caller, rollupStates,
                matrix.rollupRebuild, activity.ingest, matrix.settings, exclusions);
        // The first run waits: a node that has just started has other work, and sets only
        // become stale after a week.
        scheduler.schedule(PURGE_VISIBLE_SETS_JOB, Duration.ofMinutes(10), Duration.ofDays(1),
                admin.jobRuns.recording(PURGE_VISIBLE_SETS_JOB, activity.visibleSets::purgeUnused));
        scheduler.schedule(REBUILD_JOB, Duration.ofMinutes(1), Duration.ofMinutes(1),
                admin.jobRuns.recording(REBUILD_JOB, admin.rebuilds::runDue));
    }

    /** Rebuilds of the rollups, once per cluster, in the background. */
    public RebuildJobs rebuilds() {
        return admin.rebuilds;
    }

    /** The administrators' audit list. */
    public AuditLog audit() {
        return admin.audit;
    }

    public PersonErasure erasure() {
        return admin.erasure;
    }

    /** What the rollup tables hold: their zone, and how far a running rebuild has come. */
    public RollupStates rollupStates() {
        return rollupStates;
    }

    /** What a saved change of the settings also writes and starts (the audit entry, a rebuild). */
    public SettingsAdministration settingsAdministration() {
        return admin.settingsAdministration;
    }

    /** The last run of every scheduled job, as stored. */
    public JobRuns jobRuns() {
        return admin.jobRuns;
    }

    /** Get started: what administrators still have to set up. */
    public SetupChecklist setupChecklist() {
        return admin.setupChecklist;
    }

    /** Where hosts hand their events: never blocks a request thread for long. */
    public ActivityCapture capture() {
        return activity.capture;
    }

    /** The same capture, with back-pressure and flushing, for imports and the simulator. */
    public QueuedActivityCapture queuedCapture() {
        return activity.capture;
    }

    public EventIngest ingest() {
        return activity.ingest;
    }

    public MatrixPageServlet matrixPageServlet() {
        return matrix.page;
    }

    /** The {@code value-matrix} macro: one team's or the organisation's matrix, for Confluence pages and the dashboard item. */
    public MatrixMacro matrixMacro() {
        return matrix.macro;
    }

    /** The matrix of a project's owning team, for project pages. */
    public ProjectMatrix projectMatrix() {
        return matrix.projectMatrix;
    }

    /** The project sidebar's page, {@link ProjectMatrixServlet#PATH}. */
    public ProjectMatrixServlet projectMatrixServlet() {
        return matrix.projectMatrixPage;
    }

    public MatrixService matrixService() {
        return matrix.service;
    }

    public MatrixSettingsStore matrixSettings() {
        return matrix.settings;
    }

    public MatrixResource matrixResource() {
        return matrix.resource;
    }

    /** The matrix's aggregates, read from the rollups. */
    public RollupReader rollupReader() {
        return matrix.rollupReader;
    }

    /** Recomputes the rollups from the stored events, here and now (safe while events are stored). */
    public RollupRebuild rollupRebuild() {
        return matrix.rollupRebuild;
    }

    public EntityAccess entityAccess() {
        return ao;
    }

    public TeamStore teamStore() {
        return teams.store;
    }

    public TeamCatalog teamCatalog() {
        return teams.catalog;
    }

    public TeamMembership membership() {
        return teams.membership;
    }

    /** Which teams each viewer may see named: for anything that shows team names or groups. */
    public TeamVisibility teamVisibility() {
        return teams.visibility;
    }

    public StreamService streamService() {
        return activity.stream;
    }

    public StreamPresenter streamPresenter() {
        return activity.presenter;
    }

    public EventExport eventExport() {
        return activity.export;
    }

    public StreamFragment streamFragment() {
        return activity.fragment;
    }

    public Caller caller() {
        return caller;
    }

    public ActivityMacro activityMacro() {
        return activity.macro;
    }

    public ActivityPageServlet activityPageServlet() {
        return activity.page;
    }

    /** One page of the stream block, for "Load more", "N new entries" and the Jira dashboard item. */
    public StreamFragmentServlet streamFragmentServlet() {
        return activity.fragmentServlet;
    }

    /**
     * @return every JAX-RS resource of core, and the provider that answers the framework's own
     *     refusals in the same error shape, for hosts that register instances
     */
    public java.util.List<Object> restResources() {
        return java.util.List.of(activity.streamResource, activity.atomResource, activity.eventsResource,
                teams.teamsResource, teams.containersResource, matrix.resource, matrix.csvResource,
                admin.settingsResource, admin.rebuildResource, admin.auditResource, admin.personDataResource,
                people.resource(), new WebApplicationErrors());
    }

    /** Finding people by name ({@code GET /people}, the {@code actor=} filter). */
    public People people() {
        return people;
    }

    public StreamResource streamResource() {
        return activity.streamResource;
    }

    public StreamAtomResource streamAtomResource() {
        return activity.atomResource;
    }

    public EventsResource eventsResource() {
        return activity.eventsResource;
    }

    public TeamsResource teamsResource() {
        return teams.teamsResource;
    }

    public ContainersResource containersResource() {
        return teams.containersResource;
    }

    /** Stops this node's scheduled jobs, writes what the capture queue still holds, then stops its writer. */
    @Override
    public void close() {
        scheduler.unschedule(PURGE_VISIBLE_SETS_JOB);
        scheduler.unschedule(REBUILD_JOB);
        admin.rebuilds.close();
        activity.capture.close();
    }
}
