package org.valuematrix.standalone;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.http.HttpServlet;
import org.valuematrix.Settings;
import org.valuematrix.ValueMatrix;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spaces.Spaces;
import org.valuematrix.spaces.web.SpacesPageServlet;
import org.valuematrix.web.StreamFragmentServlet;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.admin.Administration;
import org.valuematrix.history.History;
import org.valuematrix.rest.WebApplicationErrors;
import org.valuematrix.standalone.content.ContentActions;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.content.rest.ContentResource;
import org.valuematrix.standalone.db.Database;
import org.valuematrix.standalone.db.HostEntities;
import org.valuematrix.standalone.db.HostSettings;
import org.valuematrix.standalone.demo.DemoLoader;
import org.valuematrix.standalone.directory.DirectoryStore;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.PasswordHasher;
import org.valuematrix.standalone.directory.rest.DirectoryResource;
import org.valuematrix.standalone.spaces.SpacePermissions;
import org.valuematrix.standalone.spaces.StandaloneSpaceAdministration;
import org.valuematrix.standalone.spi.BasicCredentialsCache;
import org.valuematrix.standalone.spi.LoginThrottle;
import org.valuematrix.standalone.spi.StandaloneAuthentication;
import org.valuematrix.standalone.spi.StandaloneContentHistory;
import org.valuematrix.standalone.spi.StandaloneContainers;
import org.valuematrix.standalone.spi.StandaloneContentExcerpts;
import org.valuematrix.standalone.spi.StandaloneDirectory;
import org.valuematrix.standalone.spi.StandaloneGroupSearch;
import org.valuematrix.standalone.spi.StandaloneEntityAccess;
import org.valuematrix.standalone.spi.StandaloneMessages;
import org.valuematrix.standalone.spi.StandaloneScheduler;
import org.valuematrix.standalone.spi.StandaloneTemplateRenderer;
import org.valuematrix.standalone.spi.StandaloneUserSearch;
import org.valuematrix.standalone.spi.StandaloneViewerZones;
import org.valuematrix.standalone.spi.StandaloneWebResources;
import org.valuematrix.standalone.web.BasicLockFilter;
import org.valuematrix.standalone.web.BodyLimitFilter;
import org.valuematrix.standalone.web.BrowseServlet;
import org.valuematrix.standalone.web.ClasspathResourceServlet;
import org.valuematrix.standalone.web.ContentView;
import org.valuematrix.standalone.web.DisplayServlet;
import org.valuematrix.standalone.web.HostPaths;
import org.valuematrix.standalone.web.LoginRequired;
import org.valuematrix.standalone.web.LoginServlet;
import org.valuematrix.standalone.web.LogoutServlet;
import org.valuematrix.standalone.projects.ProjectPermissions;
import org.valuematrix.standalone.projects.StandaloneProjectAdministration;
import org.valuematrix.standalone.web.OwningTeams;
import org.valuematrix.standalone.web.PageRenderer;
import org.valuematrix.standalone.web.RootServlet;
import org.valuematrix.standalone.web.SiteAddress;
import org.valuematrix.standalone.web.SpacesServlet;
import org.valuematrix.standalone.web.TeamsServlet;
import org.valuematrix.standalone.web.WebServer;

/**
 * The standalone reference host, wired by hand in one place: database, embedded directory, the
 * ports, core's {@link ValueMatrix}, the demo organisation on an empty database, and the web
 * server. {@link #close()} stops in the safe order: web, capture queue (flushed), scheduled jobs,
 * database.
 */
public final class StandaloneHost implements AutoCloseable {
    /** The largest body any REST resource here takes: POST /events with 10,000 events. */
    static final long REST_BODY_LIMIT = EventsResource.MAX_BODY_BYTES;

    private final Database database;
    private final StandaloneEntityAccess ao;
    private final StandaloneScheduler scheduler;
    private final ValueMatrix valueMatrix;
    private final History history;
    private final WebServer web;
    private final SiteAddress address;
    private final Optional<DemoLoader.Summary> demo;
    private final String demoState;

    private StandaloneHost(Database database, StandaloneEntityAccess ao, StandaloneScheduler scheduler,
            ValueMatrix valueMatrix, History history, WebServer web, SiteAddress address,
            Optional<DemoLoader.Summary> demo, String demoState) {
        this.database = database;
        this.ao = ao;
        this.scheduler = scheduler;
        this.valueMatrix = valueMatrix;
        this.history = history;
        this.web = web;
        this.address = address;
        this.demo = demo;
        this.demoState = demoState;
    }

    /** Opens the database, loads the demo organisation when it is empty, and starts serving. */
    public static StandaloneHost start(StandaloneOptions options, PrintStream console) throws Exception {
        Logging.routeJulToSlf4j();
        Clock clock = Clock.systemUTC();
        Database database = options.database();
        if (options.resetDemo()) {
            DemoReset.deleteH2(database, options.dataDir(), console);
        }
        StandaloneEntityAccess ao = new StandaloneEntityAccess(database);
        StandaloneScheduler scheduler = new StandaloneScheduler();
        ValueMatrix vm = null;
        History history = null;
        try {
            ao.migrate(HostEntities.asArray());
            HostSettings settings = new HostSettings(ao);
            PasswordHasher hasher = new PasswordHasher(options.passwordIterations());
            EmbeddedDirectory directory = new EmbeddedDirectory(new DirectoryStore(ao), hasher);
            StandaloneDirectory directoryPort = new StandaloneDirectory(directory);
            StandaloneAuthentication authentication = new StandaloneAuthentication(directory,
                    new BasicCredentialsCache(clock), new LoginThrottle(clock));
            StandaloneTemplateRenderer templates = new StandaloneTemplateRenderer();
            StandaloneMessages messages = StandaloneMessages.english();
            SiteAddress address = new SiteAddress(options.contextPath(), options.baseUrl().orElse(null));
            StandaloneWebResources webResources =
                    new StandaloneWebResources(authentication, directoryPort, templates, messages, address);
            Settings coreSettings = Settings.defaults();
            ContentStore contentStore = new ContentStore(ao);
            StandaloneContainers containersPort = new StandaloneContainers(directory);
            vm = new ValueMatrix(ao, directoryPort, containersPort, authentication, templates,
                    messages, webResources, clock, scheduler, coreSettings, new StandaloneUserSearch(directory),
                    new StandaloneViewerZones(directory, coreSettings.zone()),
                    new StandaloneContentExcerpts(contentStore, containersPort));

            Optional<DemoLoader.Summary> demo = Optional.empty();
            if (directory.isEmpty()) {
                ValueMatrix core = vm;
                DemoLoader loader = new DemoLoader(directory, vm.teamStore(), () -> {
                    core.teamCatalog().invalidate();
                    core.membership().invalidate();
                }, contentStore, vm.ingest(), settings, hasher, clock,
                        console);
                demo = Optional.of(loader.load(options.demoPassword(), options.demoEvents(), StandaloneOptions.DEMO_SEED));
            }

            history = new History(vm, new StandaloneContentHistory(contentStore, new ContentRecords(ao), directory),
                    authentication, templates, messages, webResources, scheduler, clock);
            // One node only: an import the database says is running was this node's, before it stopped.
            history.imports().resumeAbandoned();
            ContentActions actions = new ContentActions(contentStore, directory, vm.capture(), clock,
                    new SpacePermissions(ao), new ProjectPermissions(ao));
            Spaces spaces = Spaces.of(vm, new StandaloneSpaceAdministration(ao, directory, contentStore, clock),
                    directoryPort, new StandaloneContainers(directory), messages, clock, scheduler,
                    new Spaces.Pages(authentication, templates, webResources), HostAuditLog.NONE,
                    new StandaloneProjectAdministration(ao, directory));
            PageRenderer pages = new PageRenderer(templates, messages, webResources);
            LoginRequired login = new LoginRequired(authentication, webResources);
            ContentView contentView = new ContentView(contentStore, vm.activityMacro(), vm.matrixMacro(), directoryPort,
                    pages);
            OwningTeams owners = new OwningTeams(vm.teamCatalog(), vm.teamVisibility());

            Administration administration = new Administration(vm, directoryPort, containersPort,
                    new StandaloneGroupSearch(directory), authentication, templates, messages, webResources, clock);
            Map<String, List<Object>> rest = new LinkedHashMap<>();
            List<Object> coreRest = new ArrayList<>(vm.restResources());
            coreRest.add(history.resource());
            coreRest.addAll(administration.restResources());
            coreRest.addAll(spaces.restResources());
            rest.put(HostPaths.CORE_REST + "/*", coreRest);
            rest.put(HostPaths.HOST_REST + "/*", List.of(new DirectoryResource(directory, vm.caller()),
                    new ContentResource(actions, vm.caller()), new WebApplicationErrors()));
            Map<String, HttpServlet> servlets = new LinkedHashMap<>();
            servlets.put(HostPaths.ACTIVITY, vm.activityPageServlet());
            servlets.put(StreamFragmentServlet.PATH, vm.streamFragmentServlet());
            servlets.put(HostPaths.MATRIX, vm.matrixPageServlet());
            servlets.put(HostPaths.MATRIX_ADMIN, administration.pageServlet());
            servlets.put(HostPaths.MATRIX_ADMIN + "/*", administration.pageServlet());
            servlets.put(HostPaths.HISTORY_ADMIN, history.pageServlet());
            servlets.put(HostPaths.PROJECT_MATRIX, vm.projectMatrixServlet());
            servlets.put(SpacesPageServlet.PATH, spaces.pageServlet());
            servlets.put(HostPaths.LOGIN, new LoginServlet(authentication, pages));
            servlets.put(HostPaths.LOGOUT, new LogoutServlet(authentication, address));
            servlets.put(HostPaths.SPACES, new SpacesServlet(login, directory, owners, pages));
            servlets.put(HostPaths.TEAMS, new TeamsServlet(login, directoryPort, vm.teamCatalog(), vm.teamVisibility(),
                    pages));
            servlets.put(HostPaths.DISPLAY + "/*", new DisplayServlet(login, directory, contentStore, actions,
                    contentView, owners, pages));
            servlets.put(HostPaths.BROWSE + "/*", new BrowseServlet(login, directory, contentStore, actions, contentView,
                    owners, vm.streamFragment(), vm.projectMatrix(), pages));
            servlets.put(HostPaths.STATIC_AUI + "/*", new ClasspathResourceServlet("static/aui"));
            servlets.put(HostPaths.STATIC_CORE + "/*", new ClasspathResourceServlet("web"));
            servlets.put(HostPaths.STATIC_HOST + "/*", new ClasspathResourceServlet("static/standalone"));
            servlets.put("/", new RootServlet(pages));

            List<Filter> restFilters = List.of(new BodyLimitFilter(REST_BODY_LIMIT),
                    new BasicLockFilter(authentication, messages));
            WebServer web = new WebServer(options.bind(), options.port(), address.contextPath(), options.rest(), rest,
                    restFilters, servlets);
            web.start();
            address.bound(web.host(), web.port());
            return new StandaloneHost(database, ao, scheduler, vm, history, web, address, demo,
                    settings.get(DemoLoader.STATE).orElse("none"));
        } catch (Exception | Error e) {
            if (history != null) {
                history.close();
            }
            if (vm != null) {
                vm.close();
            }
            scheduler.close();
            ao.close();
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    /** @return the canonical base URL, e.g. {@code http://127.0.0.1:1990} or {@code https://wiki.example.com/confluence} */
    public String baseUrl() {
        return address.baseUrl();
    }

    /** @return "" at the root, else e.g. {@code /confluence} */
    public String contextPath() {
        return address.contextPath();
    }

    /** @return the address the server listens on, e.g. {@code http://127.0.0.1:1990}, whatever the base URL says */
    public String boundUrl() {
        String host = web.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + address.contextPath();
    }

    public ValueMatrix valueMatrix() {
        return valueMatrix;
    }

    /** The history import of this host's content. */
    public History history() {
        return history;
    }

    /** @return what the demo loader did in this start, if it ran */
    public Optional<DemoLoader.Summary> demo() {
        return demo;
    }

    /** @return loading, loaded or none: whether the demo organisation finished loading */
    public String demoState() {
        return demoState;
    }

    public Database database() {
        return database;
    }

    public void join() throws InterruptedException {
        web.join();
    }

    @Override
    public void close() {
        try {
            web.close();
        } finally {
            try {
                history.close();
                valueMatrix.close();
            } finally {
                scheduler.close();
                ao.close();
            }
        }
    }
}
