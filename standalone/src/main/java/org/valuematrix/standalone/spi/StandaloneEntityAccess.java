package org.valuematrix.standalone.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.standalone.db.Database;
import org.valuematrix.standalone.db.SchemaFingerprint;
import org.valuematrix.standalone.db.ao.AOSetting;

/**
 * Active Objects for the standalone host: core's {@link EntityManagerAccess} over an
 * {@link EntityManager} it opens itself (with the hosts' table naming) and closes on shutdown.
 *
 * <p>It remembers which entity declarations it has migrated, so an unchanged schema is not
 * migrated again on the next start: a migration reads back every table's columns and indexes,
 * which is work on a large database even with approximate index statistics (see
 * {@link EntityManagers}).
 *
 * <p>On H2, a write that commits is on disk when the call returns: each is followed by a
 * {@code CHECKPOINT SYNC}, which writes the store's changes to its file and forces them to the
 * disk. H2 itself writes commits from a background thread up to half a second later ({@code
 * WRITE_DELAY}) and never forces them, so a killed JVM lost what it had already answered as
 * stored. ({@code WRITE_DELAY=0} would write each commit too, but it also stops that background
 * thread, which is what compacts the file: a demo database grew three to ten times.) Writes
 * inside {@link #executeInTransaction} are written once the outermost transaction has
 * committed; entities saved outside a transaction are not covered (nothing here does that).
 */
public class StandaloneEntityAccess implements EntityAccess, AutoCloseable {
    private static final String KEY_PREFIX = "schema.migrated.";

    private final EntityManagerAccess ao;
    private final boolean checkpoints;
    private final ThreadLocal<int[]> transactionDepth = ThreadLocal.withInitial(() -> new int[1]);

    public StandaloneEntityAccess(Database database) {
        this.ao = new EntityManagerAccess(
                EntityManagers.create(database.url(), database.user(), database.password(), database.schema()));
        this.checkpoints = database.isH2();
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        String key = KEY_PREFIX + SchemaFingerprint.of(entities);
        if (migrated(key)) {
            return;
        }
        ao.migrate(entities);
        ao.migrate(AOSetting.class);
        Map<String, Object> row = new HashMap<>();
        row.put("SETTING_KEY", key);
        row.put("SETTING_VALUE", Instant.now().toString());
        ao.create(AOSetting.class, row);
        written();
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        T created = ao.create(type, values);
        written();
        return created;
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        ao.create(type, rows);
        written();
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
        written();
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        int deleted = ao.deleteWithSQL(type, criteria, parameters);
        written();
        return deleted;
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        int[] depth = transactionDepth.get();
        depth[0]++;
        T result;
        try {
            result = ao.executeInTransaction(work);
        } finally {
            depth[0]--;
        }
        written();
        return result;
    }

    /** @return the EntityManager underneath (benchmarks and tools reach the JDBC provider through it) */
    public EntityManager entityManager() {
        return ao.entityManager();
    }

    /** Closes the connection pool; with H2 this also closes the database file. */
    @Override
    public void close() {
        ao.entityManager().getProvider().dispose();
    }

    // Outside a transaction the write has committed (auto-commit); inside one, the outermost
    // executeInTransaction writes it once it has committed.
    private void written() {
        if (!checkpoints || transactionDepth.get()[0] > 0) {
            return;
        }
        try (Connection c = ao.entityManager().getProvider().getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new EntityAccessException("the database did not write its changes to disk", e);
        }
    }

    private boolean migrated(String key) {
        try {
            return ao.count(AOSetting.class, Query.select().where("SETTING_KEY = ?", key)) > 0;
        } catch (EntityAccessException noTableYet) {
            return false;
        }
    }
}
