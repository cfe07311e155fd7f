package org.valuematrix.standalone;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.valuematrix.standalone.db.Database;
import org.valuematrix.standalone.directory.PasswordHasher;
import org.valuematrix.standalone.web.RestGeneration;

/** The standalone host's command line, with the defaults the README documents. */
public final class StandaloneOptions {
    public static final int DEFAULT_PORT = 1990;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_DATA_DIR = "vm-data";
    public static final String DEFAULT_DEMO_PASSWORD = "demo";
    public static final long DEFAULT_DEMO_EVENTS = 200_000;
    public static final long DEMO_SEED = 20_26_01_01L;
    private static final Pattern CONTEXT_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    private int port = DEFAULT_PORT;
    private String bind = DEFAULT_BIND;
    private String contextPath;
    private String baseUrl;
    private Path dataDir = Path.of(DEFAULT_DATA_DIR);
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private String demoPassword = DEFAULT_DEMO_PASSWORD;
    private long demoEvents = DEFAULT_DEMO_EVENTS;
    private int passwordIterations = PasswordHasher.DEFAULT_ITERATIONS;
    private RestGeneration rest = RestGeneration.V1;
    private boolean help;
    private boolean resetDemo;

    public static StandaloneOptions defaults() {
        return new StandaloneOptions();
    }

    /** @throws IllegalArgumentException naming the first option that is unknown, lacks a value or is invalid */
    public static StandaloneOptions parse(String... args) {
        StandaloneOptions o = new StandaloneOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                o.help = true;
                continue;
            }
            if ("--reset-demo".equals(arg)) {
                o.resetDemo = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[i + 1];
            }
            boolean consumedNext = eq < 0;
            o.set(name, value);
            if (consumedNext) {
                i++;
            }
        }
        o.checkSite();
        return o;
    }

    private void set(String name, String value) {
        if (!name.startsWith("--") || value == null) {
            throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown argument " + name);
        }
        switch (name) {
            case "--port": port = number(name, value, 0, 65_535); break;
            case "--bind": bind = value; break;
            case "--context-path": contextPath = contextPath(name, value); break;
            case "--base-url": baseUrl = baseUrl(name, value); break;
            case "--data-dir": dataDir = Path.of(value); break;
            case "--db-url": dbUrl = value; break;
            case "--db-user": dbUser = value; break;
            case "--db-password": dbPassword = value; break;
            case "--demo-password": demoPassword = nonBlank(name, value); break;
            case "--demo-events": demoEvents = number(name, value, 0, 50_000_000); break;
            case "--rest": rest = RestGeneration.parse(value); break;
            default: throw new IllegalArgumentException("unknown option " + name);
        }
    }

    public static String usage() {
        return String.join("\n",
                "Usage: java -jar value-matrix-standalone.jar [options]",
                "  --port N             HTTP port (default " + DEFAULT_PORT + "; 0 = any free port)",
                "  --bind ADDRESS       address to listen on (default " + DEFAULT_BIND + ")",
                "  --context-path PATH  serve under this path, e.g. /confluence (default: the --base-url's path,",
                "                       else the root)",
                "  --base-url URL       the site's address as users reach it, e.g. https://wiki.example.com/confluence;",
                "                       every absolute link and redirect starts with it (default http://ADDRESS:PORT",
                "                       of --bind and --port, plus the context path)",
                "  --data-dir DIR       where the H2 database lives (default ./" + DEFAULT_DATA_DIR + ")",
                "  --db-url URL         a JDBC URL instead of H2, e.g. jdbc:postgresql://localhost/vm",
                "  --db-user USER       database user",
                "  --db-password PW     database password",
                "  --demo-password PW   password of every demo user, set when the demo is first loaded (default "
                        + DEFAULT_DEMO_PASSWORD + ")",
                "  --demo-events N      activity events in the demo year, on first load (default "
                        + String.format(Locale.ROOT, "%,d", DEFAULT_DEMO_EVENTS) + ")",
                "  --rest v1|v2         behave like REST v1 (Confluence 8.5, Jira 9.12: /x.atom is rewritten to /x",
                "                       with Accept: application/atom+xml) or pass paths through unchanged (default v1)",
                "  --reset-demo         delete the H2 database in --data-dir first, so the demo loads afresh",
                "                       (not with --db-url: drop that database yourself)",
                "  --help               this text");
    }

    private static int number(String name, String value, int min, int max) {
        try {
            long n = Long.parseLong(value.replace("_", "").trim());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
    }

    /** @return "" for the root, else the path without trailing slash */
    private static String contextPath(String name, String value) {
        String path = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        if (!CONTEXT_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException(name + " must be a path such as /confluence (letters, digits, . _ ~ -)");
        }
        return path;
    }

    /** @return the URL without trailing slash */
    private static String baseUrl(String name, String value) {
        String problem = name + " must be an http or https address without query, e.g. https://wiki.example.com/confluence";
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(problem);
        }
        contextPath(name + "'s path", uri.getRawPath());
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private void checkSite() {
        if (contextPath != null && baseUrl != null && !URI.create(baseUrl).getRawPath().equals(contextPath)) {
            throw new IllegalArgumentException("--base-url must end with the context path " + contextPath
                    + " (a proxy in front must keep the path)");
        }
    }

    private static String nonBlank(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public StandaloneOptions withPort(int value) {
        port = value;
        return this;
    }

    /** @param value as {@code --context-path} takes it */
    public StandaloneOptions withContextPath(String value) {
        contextPath = contextPath("--context-path", value);
        checkSite();
        return this;
    }

    /** @param value as {@code --base-url} takes it */
    public StandaloneOptions withBaseUrl(String value) {
        baseUrl = baseUrl("--base-url", value);
        checkSite();
        return this;
    }

    public StandaloneOptions withDataDir(Path value) {
        dataDir = value;
        return this;
    }

    public StandaloneOptions withDatabase(String url, String user, String password) {
        dbUrl = url;
        dbUser = user;
        dbPassword = password;
        return this;
    }

    public StandaloneOptions withDemoEvents(long value) {
        demoEvents = value;
        return this;
    }

    public StandaloneOptions withRest(RestGeneration value) {
        rest = value;
        return this;
    }

    /** A cheaper password hash, for tests that start several hosts; never from the command line. */
    public StandaloneOptions withPasswordIterations(int value) {
        passwordIterations = value;
        return this;
    }

    public int port() {
        return port;
    }

    public String bind() {
        return bind;
    }

    /** @return "" for the root, else e.g. {@code /confluence}: as given, else the base URL's path */
    public String contextPath() {
        if (contextPath != null) {
            return contextPath;
        }
        return baseUrl == null ? "" : URI.create(baseUrl).getRawPath().replaceFirst("/$", "");
    }

    /** @return the configured base URL without trailing slash; empty means the bound address */
    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return dbUrl == null ? Database.h2(dataDir) : new Database(dbUrl, dbUser, dbPassword);
    }

    public String demoPassword() {
        return demoPassword;
    }

    public long demoEvents() {
        return demoEvents;
    }

    public int passwordIterations() {
        return passwordIterations;
    }

    public RestGeneration rest() {
        return rest;
    }

    /** @return whether to start from an empty H2 database, so that the demo loads afresh */
    public boolean resetDemo() {
        return resetDemo;
    }

    /** @return these options, resetting the demo's database on start */
    public StandaloneOptions withResetDemo() {
        resetDemo = true;
        return this;
    }

    public boolean help() {
        return help;
    }
}
