package org.valuematrix;

import java.time.Clock;
import org.valuematrix.activity.Classifier;
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
import org.valuematrix.admin.PersonExclusions;
import org.valuematrix.admin.setup.SetupNotice;
import org.valuematrix.matrix.rollup.RollupMaintenance;
import org.valuematrix.people.People;
import org.valuematrix.rest.Caller;
import org.valuematrix.spaces.LinkedProjects;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.ViewerZones;
import org.valuematrix.spi.WebResources;
import org.valuematrix.web.ActivityMacro;
import org.valuematrix.web.ActivityPageServlet;
import org.valuematrix.web.StreamFragment;
import org.valuematrix.web.StreamFragmentServlet;
import org.valuematrix.web.StreamView;

/** The activity stream of {@link ValueMatrix}: capture and ingest, and the stream's reads, pages and resources. */
final class ActivityParts {
    final EventIngest ingest;
    final QueuedActivityCapture capture;
    final VisibleSets visibleSets;
    final StreamService stream;
    final StreamPresenter presenter;
    final EventExport export;
    final StreamFragment fragment;
    final ActivityMacro macro;
    final ActivityPageServlet page;
    final StreamFragmentServlet fragmentServlet;
    final StreamResource streamResource;
    final StreamAtomResource atomResource;
    final EventsResource eventsResource;

    /**
     * @param rollups kept in each ingest batch's transaction
     * @param exclusions the people ingest leaves out of every batch
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    ActivityParts(EntityAccess ao, Directory directory, Containers containers, Authentication authentication,
            TemplateRenderer templates, Messages messages, WebResources web, Clock clock, Settings settings,
            ViewerZones zones, ContentExcerpts excerpts, TeamParts teams, Caller caller, People people,
            RollupMaintenance rollups, PersonExclusions exclusions, SetupNotice setupNotice) {
        this.ingest = new EventIngest(ao, new Classifier(settings.noveltyWindow()), teams.membership, teams.catalog,
                rollups, exclusions);
        this.capture = new QueuedActivityCapture(ingest, settings.captureQueueCapacity(), settings.captureBatchSize());
        this.visibleSets = new VisibleSets(ao, clock);
        this.stream = new StreamService(new StreamStore(ao, clock, visibleSets), containers, clock,
                new LinkedProjects(ao));
        this.presenter = new StreamPresenter(directory, containers, teams.catalog);
        this.export = new EventExport(ao);
        this.fragment = new StreamFragment(stream, new StreamView(presenter, messages, web, clock,
                settings.noveltyWindow(), excerpts), templates, web, teams.visibility, zones);
        this.macro = new ActivityMacro(fragment, teams.visibility, templates, messages);
        this.page = new ActivityPageServlet(authentication, fragment, stream, teams.visibility, containers,
                templates, messages, web, people.finder(), setupNotice);
        this.fragmentServlet = new StreamFragmentServlet(authentication, fragment, stream, teams.visibility,
                people.finder());
        this.streamResource = new StreamResource(stream, presenter, teams.visibility, caller, messages, clock, web,
                people.finder());
        this.atomResource = new StreamAtomResource(stream, presenter, teams.visibility, caller, messages, clock,
                web, people.finder());
        this.eventsResource = new EventsResource(ingest, export, caller);
    }
}
