package org.valuematrix.spaces;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.valuematrix.ValueMatrix;
import org.valuematrix.spaces.rest.SpaceTemplatesResource;
import org.valuematrix.spaces.rest.SpaceProjectsResource;
import org.valuematrix.spaces.rest.SpacesResource;
import org.valuematrix.spaces.web.SpacesPageServlet;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.Scheduler;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.team.TeamCatalog;

/**
 * The customer-facing spaces feature, wired from the host's ports and core's parts. Its tables are
 * migrated with the rest ({@code Entities}); the expiry job runs through the {@link Scheduler}.
 */
public class Spaces {
    /** The job that returns spaces past their expiry date to rehearsal and gives notice a week before. */
    public static final String EXPIRY_JOB = ValueMatrix.PLUGIN_KEY + ":space-expiry";

    private final SpaceStore store;
    private final SpaceAudit audit;
    private final SpaceCreation creation;
    private final StageChanges stages;
    private final SpaceExpiry expiry;
    private final SpaceViews views;
    private final SpacesResource resource;
    private final SpaceTemplatesResource templatesResource;
    private final Scheduler scheduler;
    private final SpacesPageServlet page;
    private final ProjectLinks projectLinks;
    private final SpaceProjectsResource projectsResource;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Spaces(EntityAccess ao, SpaceAdministration host, Directory directory, Containers containers,
            TeamCatalog teams, Readiness readiness, org.valuematrix.rest.Caller caller, Messages messages, Clock clock,
            Scheduler scheduler, Pages pages) {
        this(ao, host, directory, containers, teams, readiness, caller, messages, clock, scheduler, pages,
                HostAuditLog.NONE);
    }

    /** @param hostAudit the host's own audit log, which gets a copy of every audit row */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Spaces(EntityAccess ao, SpaceAdministration host, Directory directory, Containers containers,
            TeamCatalog teams, Readiness readiness, org.valuematrix.rest.Caller caller, Messages messages, Clock clock,
            Scheduler scheduler, Pages pages, HostAuditLog hostAudit) {
        this(ao, host, directory, containers, teams, readiness, caller, messages, clock, scheduler, pages, hostAudit,
                ProjectAdministration.UNAVAILABLE);
    }

    /** @param projects the host's projects, which a space may link (none where they live in another product) */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Spaces(EntityAccess ao, SpaceAdministration host, Directory directory, Containers containers,
            TeamCatalog teams, Readiness readiness, org.valuematrix.rest.Caller caller, Messages messages, Clock clock,
            Scheduler scheduler, Pages pages, HostAuditLog hostAudit, ProjectAdministration projects) {
        this.scheduler = scheduler;
        this.store = new SpaceStore(ao, clock);
        this.audit = new HostAuditedSpaceAudit(ao, clock, hostAudit);
        SafetyRules rules = new SafetyRules(host, teams);
        this.creation = new SpaceCreation(host, directory, teams, rules, store, audit, ao, messages, clock);
        ProjectLinkStore linkStore = new ProjectLinkStore(ao);
        LinkedProjectClosing linked = new LinkedProjectClosing(projects, linkStore, audit);
        this.stages = new StageChanges(host, store, audit, rules, new PreOpeningCheck(host, directory), readiness,
                messages, clock, linked);
        this.expiry = new SpaceExpiry(host, store, audit, clock, linked);
        this.views = new SpaceViews(store, containers, directory, messages, clock, host);
        this.resource = new SpacesResource(creation, stages, views, store, audit, caller, messages);
        this.templatesResource = new SpaceTemplatesResource(messages, caller);
        this.projectLinks = new ProjectLinks(projects, containers, store, linkStore, audit, rules, teams,
                messages, clock);
        this.projectsResource = new SpaceProjectsResource(projectLinks, views, store, caller, messages);
        this.page = pages == null ? null : new SpacesPageServlet(pages.authentication, directory, teams, views, store,
                audit, pages.templates, messages, pages.web, new org.valuematrix.spaces.web.LinkedProjectsView(projectLinks, containers));
        scheduler.schedule(EXPIRY_JOB, Duration.ofMinutes(2), Duration.ofHours(1), expiry::run);
    }

    /** What the pages need from the host, besides what the rest of the feature does. */
    public static final class Pages {
        final Authentication authentication;
        final TemplateRenderer templates;
        final WebResources web;

        public Pages(Authentication authentication, TemplateRenderer templates, WebResources web) {
            this.authentication = authentication;
            this.templates = templates;
            this.web = web;
        }
    }

    /** Built from a running {@link ValueMatrix}: the readiness gate reads its matrix. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Spaces of(ValueMatrix vm, SpaceAdministration host, Directory directory, Containers containers,
            Messages messages, Clock clock, Scheduler scheduler, Pages pages) {
        return of(vm, host, directory, containers, messages, clock, scheduler, pages, HostAuditLog.NONE);
    }

    /** As {@link #of(ValueMatrix, SpaceAdministration, Directory, Containers, Messages, Clock, Scheduler, Pages)}, copying every audit row to the host's audit log. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Spaces of(ValueMatrix vm, SpaceAdministration host, Directory directory, Containers containers,
            Messages messages, Clock clock, Scheduler scheduler, Pages pages, HostAuditLog hostAudit) {
        return of(vm, host, directory, containers, messages, clock, scheduler, pages, hostAudit,
                ProjectAdministration.UNAVAILABLE);
    }

    /** As above, with the host's projects, which customer-facing spaces may link. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Spaces of(ValueMatrix vm, SpaceAdministration host, Directory directory, Containers containers,
            Messages messages, Clock clock, Scheduler scheduler, Pages pages, HostAuditLog hostAudit,
            ProjectAdministration projects) {
        return new Spaces(vm.entityAccess(), host, directory, containers, vm.teamCatalog(),
                new MatrixReadiness(vm.matrixService()), vm.caller(), messages, clock, scheduler, pages, hostAudit,
                projects);
    }

    /** The spaces page ({@link SpacesPageServlet#PATH}); null when built without {@link Pages}. */
    public SpacesPageServlet pageServlet() {
        return page;
    }

    public List<Object> restResources() {
        return List.of(resource, templatesResource, projectsResource);
    }

    public SpaceStore store() {
        return store;
    }

    public SpaceAudit audit() {
        return audit;
    }

    public SpaceCreation creation() {
        return creation;
    }

    public StageChanges stages() {
        return stages;
    }

    /** Linking projects to spaces. */
    public ProjectLinks projectLinks() {
        return projectLinks;
    }

    public SpaceExpiry expiry() {
        return expiry;
    }

    public SpaceViews views() {
        return views;
    }

    public void close() {
        scheduler.unschedule(EXPIRY_JOB);
    }
}
