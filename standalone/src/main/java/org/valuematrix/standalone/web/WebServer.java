package org.valuematrix.standalone.web;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.http.HttpServlet;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jetty with sessions, the host filter, Jersey for REST resources (registered as instances) and
 * the pages' servlets. Knows nothing of Value Matrix: the host hands it what to serve. Every
 * path under {@code /rest} runs the host's REST filters and answers errors, Jetty's own
 * included, in the JSON error shape; the REST generation decides whether REST v1's extension
 * rewrite applies.
 */
public class WebServer implements AutoCloseable {
    private static final int SESSION_SECONDS = 8 * 60 * 60;

    private final Server server;
    private final ServerConnector connector;

    /**
     * @param contextPath "" for the root, else e.g. {@code /confluence}: every path spec below is inside it
     * @param generation the REST module to behave like
     * @param rest path spec (e.g. {@code /rest/value-matrix/1.0/*}) → JAX-RS resource instances
     * @param restFilters run, in order, before every request under {@code /rest}
     * @param servlets path spec → servlet
     */
    public WebServer(String bind, int port, String contextPath, RestGeneration generation,
            Map<String, List<Object>> rest, List<Filter> restFilters, Map<String, HttpServlet> servlets) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("vm-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty's own redirects (e.g. "/confluence" to "/confluence/") stay relative instead of
        // naming the request's Host; the host's redirects name its base URL themselves.
        http.setRelativeRedirectAllowed(true);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setMaxInactiveInterval(SESSION_SECONDS);
        context.getSessionHandler().getSessionCookieConfig().setName("VMSESSIONID");
        context.addFilter(new FilterHolder(new HostFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        restFilters.forEach(f -> context.addFilter(new FilterHolder(f), HostPaths.REST + "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        rest.forEach((path, resources) -> context.addServlet(new ServletHolder(jersey(resources, generation)), path));
        context.addServlet(new ServletHolder(new RestNotFoundServlet()), HostPaths.REST + "/*");
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        ErrorHandler errors = new RestErrorHandler(contextPath);
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);
        server.setHandler(context);
        server.setStopTimeout(5_000);
    }

    private static ServletContainer jersey(List<Object> resources, RestGeneration generation) {
        ResourceConfig config = new ResourceConfig();
        resources.forEach(config::register);
        if (generation.rewritesExtensions()) {
            config.register(new ExtensionRewrite());
        }
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // An error Jersey answers without a body (a malformed Accept or Content-Type header) goes
        // through sendError, so the error handler writes it in the JSON shape.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, false);
        return new ServletContainer(config);
    }

    public void start() throws Exception {
        server.start();
    }

    /** @return the port listened on (the real one when started with port 0) */
    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        String host = connector.getHost();
        return host == null ? "localhost" : host;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(host(), port());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        }
    }
}
