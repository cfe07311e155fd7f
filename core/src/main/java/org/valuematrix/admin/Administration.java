package org.valuematrix.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.valuematrix.ValueMatrix;
import org.valuematrix.admin.containers.ContainerOwnership;
import org.valuematrix.admin.containers.ContainerSuggestions;
import org.valuematrix.admin.rest.ContainerAdminResource;
import org.valuematrix.admin.rest.ExclusionsResource;
import org.valuematrix.admin.health.Health;
import org.valuematrix.admin.rest.GroupsResource;
import org.valuematrix.admin.rest.HealthResource;
import org.valuematrix.admin.rest.SetupResource;
import org.valuematrix.admin.rest.TeamAdminResource;
import org.valuematrix.admin.setup.SetupChecklist;
import org.valuematrix.admin.teams.TeamOverview;
import org.valuematrix.admin.web.AdminPageServlet;
import org.valuematrix.admin.web.AdminView;
import org.valuematrix.admin.web.HealthView;
import org.valuematrix.admin.web.StartView;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.GroupSearch;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;

/**
 * The administration area's wiring: its pages and the REST resources behind them, built from core's
 * parts and the host's ports. Hosts build it next to {@link ValueMatrix} and register
 * {@link #restResources()} and {@link #pageServlet()}.
 */
public class Administration {
    private final TeamOverview teams;
    private final SetupChecklist checklist;
    private final GroupsResource groupsResource;
    private final TeamAdminResource teamAdminResource;
    private final SetupResource setupResource;
    private final ContainerOwnership containerOwnership;
    private final ContainerAdminResource containerAdminResource;
    private final MeasuredPeople measuredPeople;
    private final ExclusionsResource exclusionsResource;
    private final Health health;
    private final HealthResource healthResource;
    private final AdminPageServlet page;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Administration(ValueMatrix vm, Directory directory, Containers containers, GroupSearch groups,
            Authentication authentication, TemplateRenderer templates, Messages messages, WebResources web,
            Clock clock) {
        this.teams = new TeamOverview(vm.teamStore(), directory, vm.entityAccess(), messages, clock);
        this.checklist = vm.setupChecklist();
        this.groupsResource = new GroupsResource(groups, vm.caller());
        this.teamAdminResource = new TeamAdminResource(teams, vm.teamStore(), vm.teamCatalog(), vm.membership(),
                vm.caller());
        this.setupResource = new SetupResource(checklist, vm.caller());
        this.containerOwnership = new ContainerOwnership(containers, vm.teamStore(),
                new ContainerSuggestions(vm.entityAccess(), clock));
        this.containerAdminResource = new ContainerAdminResource(containerOwnership, containers, vm.teamStore(),
                vm.teamCatalog(), vm.caller());
        this.measuredPeople = new MeasuredPeople(new PersonExclusions(vm.entityAccess(), clock), vm.ingest()::exclusively,
                vm.audit(), directory);
        this.exclusionsResource = new ExclusionsResource(measuredPeople, directory, vm.caller());
        this.health = new Health(vm.queuedCapture(), vm.jobRuns(), vm.rebuilds(), vm.entityAccess(), clock);
        this.healthResource = new HealthResource(health, vm.caller());
        Map<String, AdminPageServlet.PageContext> contexts = Map.of(
                "health", new HealthView(health, messages),
                "start", new StartView(checklist, messages, web),
                "privacy", new AdminView(vm.matrixSettings(), vm.teamCatalog(), vm.rebuilds(), vm.audit(), messages));
        this.page = new AdminPageServlet(authentication, vm.caller(), contexts, templates, messages, web);
    }

    /** The area's pages under {@code /plugins/servlet/value-matrix/admin}. */
    public AdminPageServlet pageServlet() {
        return page;
    }

    public TeamOverview teamOverview() {
        return teams;
    }

    public SetupChecklist setupChecklist() {
        return checklist;
    }

    public GroupsResource groupsResource() {
        return groupsResource;
    }

    public TeamAdminResource teamAdminResource() {
        return teamAdminResource;
    }

    public SetupResource setupResource() {
        return setupResource;
    }

    public ContainerOwnership containerOwnership() {
        return containerOwnership;
    }

    public ContainerAdminResource containerAdminResource() {
        return containerAdminResource;
    }

    public MeasuredPeople measuredPeople() {
        return measuredPeople;
    }

    public ExclusionsResource exclusionsResource() {
        return exclusionsResource;
    }

    public Health health() {
        return health;
    }

    public HealthResource healthResource() {
        return healthResource;
    }

    /** @return the area's JAX-RS resources, for hosts that register instances */
    public List<Object> restResources() {
        return List.of(groupsResource, teamAdminResource, setupResource, containerAdminResource,
                exclusionsResource, healthResource);
    }
}
