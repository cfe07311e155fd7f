package org.valuematrix.standalone.bench;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The rebuild's baseline: DuckDB (in process, in memory) computing the same three rollups from
 * the same events: interactions per actor and counterpart, day, container and cell; people's activity per
 * day; work items' creation, first responses, resolution and first crossing as minima. The
 * events are copied out of the benchmark's database into a CSV file and loaded first; that copy
 * and load are reported, not counted in the figure. Runs only when DuckDB's JDBC driver is on the
 * class path (the jar leaves it out; see BENCHMARKS.md).
 */
final class DuckDbRollups {
    private static final String COLUMNS = "\"OCCURRED_AT\", \"ACTOR\", \"VERB\", \"OBJECT_TYPE\", \"OBJECT_ID\","
            + " \"OBJECT_URL\", \"CONTAINER_KEY\", \"PRODUCT\", \"COUNTERPART\", \"SCOPE\", \"NOVELTY\", \"ACTOR_TEAM\","
            + " \"COUNTERPART_TEAM\", \"TIE_KEY\"";
    private static final String DAY = "CAST(floor(occurred_at / 86400000.0) AS INTEGER)";
    private static final String[] ROLLUPS = {
        "CREATE TABLE tie_day AS SELECT " + DAY + " epoch_day, container_key, scope, novelty, tie_key, actor,"
                + " actor_team, counterpart, counterpart_team, COUNT(*) interactions FROM e WHERE novelty IS NOT NULL"
                + " GROUP BY ALL",
        "CREATE TABLE person_day AS SELECT " + DAY + " epoch_day, container_key, actor_team team, actor person,"
                + " bool_or(verb IN ('commented', 'replied') OR (verb = 'updated' AND novelty IS NOT NULL)) contributed"
                + " FROM e GROUP BY ALL",
        "CREATE TABLE work_item AS SELECT product, CASE WHEN object_url IS NULL OR object_url = '' THEN object_type"
                + " || '#' || object_id ELSE regexp_replace(split_part(object_url, '#', 1),"
                + " '[?&]focusedCommentId=[^&]*', '') END address,"
                + " min(CASE WHEN verb = 'created' AND object_type IN ('page', 'blogpost', 'issue') THEN occurred_at END)"
                + " created_at,"
                + " arg_min(actor, CASE WHEN verb = 'created' AND object_type IN ('page', 'blogpost', 'issue')"
                + " THEN occurred_at END) author,"
                + " min(CASE WHEN verb IN ('commented', 'replied', 'transitioned', 'resolved') THEN occurred_at END)"
                + " first_response_at,"
                + " min(CASE WHEN verb = 'resolved' THEN occurred_at END) resolved_at,"
                + " min(CASE WHEN novelty IS NOT NULL AND scope <> 'within' THEN occurred_at END) crossed_at"
                + " FROM e WHERE object_type IN ('page', 'blogpost', 'issue', 'comment') GROUP BY ALL",
    };

    long exportNanos;
    long loadNanos;
    long computeNanos;
    long tieRows;
    long personRows;
    long itemRows;
    String skipped;

    static boolean available() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    void run(BenchDatabase db, PrintStream out) throws Exception {
        if (!available()) {
            skipped = "DuckDB's JDBC driver is not on the class path";
            return;
        }
        Path csv = Files.createTempFile(db.dir, "events-", ".csv");
        try {
            out.println("duckdb: copying the events out …");
            long t0 = System.nanoTime();
            export(db, csv);
            exportNanos = System.nanoTime() - t0;
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
                s.execute("SET threads TO " + Machine.cores());
                t0 = System.nanoTime();
                s.execute("CREATE TABLE e AS SELECT * FROM read_csv('" + csv.toAbsolutePath()
                        + "', header = true, columns = {'occurred_at': 'BIGINT', 'actor': 'VARCHAR', 'verb': 'VARCHAR',"
                        + " 'object_type': 'VARCHAR', 'object_id': 'VARCHAR', 'object_url': 'VARCHAR',"
                        + " 'container_key': 'VARCHAR', 'product': 'VARCHAR', 'counterpart': 'VARCHAR',"
                        + " 'scope': 'VARCHAR', 'novelty': 'VARCHAR', 'actor_team': 'VARCHAR',"
                        + " 'counterpart_team': 'VARCHAR', 'tie_key': 'VARCHAR'})");
                loadNanos = System.nanoTime() - t0;
                out.println("duckdb: computing the rollups …");
                t0 = System.nanoTime();
                for (String sql : ROLLUPS) {
                    s.execute(sql);
                }
                computeNanos = System.nanoTime() - t0;
                tieRows = count(s, "tie_day");
                personRows = count(s, "person_day");
                itemRows = count(s, "work_item WHERE created_at IS NOT NULL OR first_response_at IS NOT NULL"
                        + " OR resolved_at IS NOT NULL OR crossed_at IS NOT NULL");
            }
            out.printf("  load %.1f s, rollups %.1f s%n", loadNanos / 1e9, computeNanos / 1e9);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void export(BenchDatabase db, Path csv) throws Exception {
        try (Connection c = db.connect(); BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            w.write("occurred_at,actor,verb,object_type,object_id,object_url,container_key,product,counterpart,scope,"
                    + "novelty,actor_team,counterpart_team,tie_key\n");
            try (Statement s = c.createStatement()) {
                s.setFetchSize(5_000);
                try (ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM " + BenchDatabase.quoted(BenchDatabase.EVENT))) {
                    while (rs.next()) {
                        w.write(Long.toString(rs.getLong(1)));
                        for (int i = 2; i <= 14; i++) {
                            w.write(',');
                            field(w, rs.getString(i));
                        }
                        w.write('\n');
                    }
                }
            }
        }
    }

    private static void field(BufferedWriter w, String v) throws java.io.IOException {
        if (v == null) {
            return;
        }
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
    }

    /** @return rollup rows a rebuild wrote, for the same comparison */
    static long rows(BenchDatabase db, String table) throws SQLException {
        return db.count(org.valuematrix.ao.EntityManagers.TABLE_PREFIX + table);
    }
}
