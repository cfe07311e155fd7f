package org.valuematrix.plugin.common;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/**
 * {@link EntityAccess} over the host's {@link ActiveObjects} service. The host wraps
 * {@link SQLException} in its own runtime exception; those become {@link EntityAccessException}.
 */
public class AoEntityAccess implements EntityAccess {
    private final ActiveObjects ao;

    public AoEntityAccess(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Does nothing: the descriptor's {@code <ao>} module lists every entity and the host's AO plugin
     * creates and upgrades their tables itself. Calling the service while Spring builds our context
     * would fail, because the {@code <ao>} module is enabled only after the context exists.
     */
    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        // intentionally empty, see above
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return translate(() -> ao.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return translate(() -> ao.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        translate(() -> {
            ao.create(type, rows);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return translate(() -> ao.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        translate(() -> {
            ao.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return translate(() -> ao.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        translate(() -> {
            ao.stream(type, query, callback);
            return null;
        });
    }

    /** The work's own runtime exceptions roll back and propagate unchanged; SQL failures are wrapped. */
    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        return translate(() -> ao.executeInTransaction(work::get));
    }

    private static <T> T translate(Supplier<T> call) {
        try {
            return call.get();
        } catch (EntityAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = sqlCause(e);
            if (sql == null) {
                throw e;
            }
            throw new EntityAccessException(sql.getMessage(), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
