package org.valuematrix.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL (io.zonky.test) per test JVM, started on first use and stopped at
 * exit; each caller gets its own fresh database in it. (Run as root, zonky starts the server
 * through {@code unshare -U}, since PostgreSQL refuses to run as root.)
 */
public final class EmbeddedPostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** @return a JDBC URL of a new, empty database (user {@code postgres}, no password) */
    public static synchronized String newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "vm_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Durability is not under test; skipping fsync keeps the suite fast.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing more to do
                }
            }, "vm-embedded-pg-stop"));
        }
        return server;
    }
}
