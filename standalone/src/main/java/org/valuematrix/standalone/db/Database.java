package org.valuematrix.standalone.db;

import java.nio.file.Path;
import java.util.Objects;
import org.valuematrix.ao.EntityManagers;

/** Where the standalone host keeps its data: an H2 file database by default, or any JDBC URL given. */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
    }

    /**
     * How the host opens an H2 file database.
     *
     * <ul>
     *   <li>{@code LOCK_TIMEOUT=10000}: writers of the same ties queue on row locks (see core's
     *       ingest); H2's default of 2 s would turn a long queue into retries.</li>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: the host closes the database itself, after the
     *       capture queue is flushed, from its own shutdown hook.</li>
     *   <li>{@code AUTO_COMPACT_FILL_RATE=0}: no compaction while the database is open. With it,
     *       H2 2.3.232 and 2.5.252 alike lost track of chunks that the compaction had moved while
     *       statements read the tables: on a demo database of 200,000 events with the matrix
     *       rollups, reads of the rollup tables failed with "Chunk N not found" until the next
     *       restart, with or without concurrent writers (the open H2 issue #4383 shows the same
     *       error). The file is compacted when the host stops ({@code MAX_COMPACT_TIME}).</li>
     *   <li>{@code MAX_COMPACT_TIME=2000}: up to 2 s of that compaction on close (H2's default is
     *       200 ms), so a file that grew while open shrinks again.</li>
     * </ul>
     *
     * <p>Commits reach the file before the host answers through
     * {@link org.valuematrix.standalone.spi.StandaloneEntityAccess}, not through a setting here.
     */
    public static final String H2_SETTINGS =
            ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=2000";

    /** An H2 file database in {@code dataDir}, opened with {@link #H2_SETTINGS}. */
    public static Database h2(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("value-matrix").toString();
        return new Database("jdbc:h2:file:" + file + H2_SETTINGS, "sa", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** @return the schema Active Objects must use for this URL */
    public String schema() {
        return EntityManagers.defaultSchema(url);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** @return the URL without parameters that might carry secrets, for the console */
    public String describe() {
        int semi = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = semi < 0 ? query : query < 0 ? semi : Math.min(semi, query);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
