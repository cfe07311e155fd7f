package org.valuematrix.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.matrix.MatrixAudience;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Messages;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamVisibility;

/**
 * A project's value matrix: the matrix of the team that owns the project
 * ({@link TeamCatalog#owner}), this month, for the Jira project sidebar and the standalone
 * host's project page. The owning team is named only when the viewer may view the project and
 * see the team, as the project's activity link does; a project the viewer may not view is a
 * project no team owns.
 */
public class ProjectMatrix {
    static final String PERIOD = "month";

    private final MatrixEmbed embed;
    private final MatrixService matrix;
    private final MatrixAudience audience;
    private final TeamCatalog catalog;
    private final TeamVisibility visibility;
    private final Containers containers;
    private final Messages messages;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public ProjectMatrix(MatrixEmbed embed, MatrixService matrix, MatrixAudience audience, TeamCatalog catalog,
            TeamVisibility visibility, Containers containers, Messages messages) {
        this.embed = embed;
        this.matrix = matrix;
        this.audience = audience;
        this.catalog = catalog;
        this.visibility = visibility;
        this.containers = containers;
        this.messages = messages;
    }

    /**
     * @param viewer the viewer's user key, or null when anonymous
     * @param projectKey the project's key; null or blank answers as a project no team owns
     * @return the owning team's matrix, or a notice that no team owns the project, or that the
     *     viewer may not see the owning team's matrix
     * @throws ForbiddenException for a customer or partner
     * @throws NotAuthenticatedException for an anonymous viewer
     */
    public String render(String viewer, String projectKey, boolean full) {
        MatrixAudience.View view = audience.of(viewer, matrix.settings());
        Optional<Team> owner = owner(viewer, projectKey, view);
        if (owner.isEmpty()) {
            return embed.notice(messages.text("vm.matrix.project.noTeam"), PERIOD);
        }
        String hidden = messages.text("vm.matrix.project.hidden", owner.get().name());
        if (view.team(owner.get().key()).isEmpty()) {
            return embed.notice(hidden, PERIOD);
        }
        try {
            return embed.render(viewer, matrix.query(Map.of("team", List.of(owner.get().key()))), PERIOD, full);
        } catch (BadRequestException e) {
            // The team left the viewer's view between the two reads (membership changed).
            return embed.notice(hidden, PERIOD);
        }
    }

    /** @return as {@link #render}, or the short notice a refused viewer sees in the matrix's place */
    public String renderOrRefuse(String viewer, String projectKey, boolean full) {
        try {
            return render(viewer, projectKey, full);
        } catch (ForbiddenException | NotAuthenticatedException e) {
            return embed.refusal(e);
        }
    }

    private Optional<Team> owner(String viewer, String projectKey, MatrixAudience.View view) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        // The view already holds what most viewers may view; only those who see everything are asked.
        Set<String> viewable = view.containers() == null ? containers.visibleTo(viewer) : view.containers();
        if (!viewable.contains(projectKey)) {
            return Optional.empty();
        }
        return catalog.owner(projectKey).filter(visibility.of(viewer)::sees);
    }
}
