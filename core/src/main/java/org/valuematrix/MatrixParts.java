package org.valuematrix;

import java.time.Clock;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.admin.setup.SetupNotice;
import org.valuematrix.matrix.MatrixAudience;
import org.valuematrix.matrix.MatrixService;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.rest.MatrixCsvResource;
import org.valuematrix.matrix.rest.MatrixResource;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.matrix.rollup.RollupStates;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;
import org.valuematrix.web.MatrixEmbed;
import org.valuematrix.web.MatrixMacro;
import org.valuematrix.web.MatrixPageServlet;
import org.valuematrix.web.ProjectMatrix;
import org.valuematrix.web.ProjectMatrixServlet;

/** The value matrix of {@link ValueMatrix}: its reads of the rollups, its settings, pages, embeds and resources. */
final class MatrixParts {
    final RollupReader rollupReader;
    final RollupRebuild rollupRebuild;
    final MatrixSettingsStore settings;
    final MatrixService service;
    final MatrixResource resource;
    final MatrixCsvResource csvResource;
    final MatrixPageServlet page;
    final MatrixMacro macro;
    final ProjectMatrix projectMatrix;
    final ProjectMatrixServlet projectMatrixPage;

    /** @param ingest whose stripes a rebuild's pages hold, so events may be stored meanwhile */
    @SuppressWarnings("checkstyle:ParameterNumber")
    MatrixParts(EntityAccess ao, Directory directory, Containers containers, Authentication authentication,
            TemplateRenderer templates, Messages messages, WebResources web, Clock clock, TeamParts teams,
            Caller caller, VisibleSets visibleSets, RollupStates rollupStates, EventIngest ingest,
            SetupNotice setupNotice) {
        this.rollupReader = new RollupReader(ao, teams.catalog, visibleSets, rollupStates.zones());
        this.rollupRebuild = new RollupRebuild(ao, rollupStates, ingest::exclusively);
        this.settings = new MatrixSettingsStore(ao, clock);
        MatrixAudience audience = new MatrixAudience(teams.visibility, teams.membership, teams.catalog, directory,
                containers);
        this.service = new MatrixService(rollupReader, audience, settings, clock);
        this.resource = new MatrixResource(service, caller);
        this.csvResource = new MatrixCsvResource(service, caller);
        this.page = new MatrixPageServlet(authentication, service, templates, messages, web, setupNotice);
        MatrixEmbed embed = new MatrixEmbed(service, templates, messages, web);
        this.macro = new MatrixMacro(embed, service, audience, templates, messages);
        this.projectMatrix = new ProjectMatrix(embed, service, audience, teams.catalog, teams.visibility, containers,
                messages);
        this.projectMatrixPage = new ProjectMatrixServlet(authentication, projectMatrix, embed, templates, messages,
                web);
    }
}
