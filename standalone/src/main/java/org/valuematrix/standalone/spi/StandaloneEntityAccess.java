package org.valuematrix.standalone.spi;

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
 */
public class StandaloneEntityAccess implements EntityAccess, AutoCloseable {
    private static final String KEY_PREFIX = "schema.migrated.";

    private final EntityManagerAccess ao;

    public StandaloneEntityAccess(Database database) {
        this.ao = new EntityManagerAccess(
                EntityManagers.create(database.url(), database.user(), database.password(), database.schema()));
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
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return ao.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        ao.create(type, rows);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work);
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

    private boolean migrated(String key) {
        try {
            return ao.count(AOSetting.class, Query.select().where("SETTING_KEY = ?", key)) > 0;
        } catch (EntityAccessException noTableYet) {
            return false;
        }
    }
}
