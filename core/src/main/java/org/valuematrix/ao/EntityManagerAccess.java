package org.valuematrix.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/**
 * {@link EntityAccess} over a plain Active Objects {@link EntityManager}: how the standalone
 * host and the tests store data. In Confluence and Jira the host's ActiveObjects service plays
 * this part instead.
 */
public class EntityManagerAccess implements EntityAccess {
    private final EntityManager em;

    public EntityManagerAccess(EntityManager em) {
        this.em = em;
    }

    public EntityManager entityManager() {
        return em;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            em.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> em.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return run(() -> em.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        run(() -> {
            em.create(type, rows);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> em.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        run(() -> {
            em.stream(type, query, callback);
            return null;
        });
    }

    /**
     * Runs the work at READ COMMITTED, as the hosts' Active Objects does (it runs in the
     * product's own transaction), rather than at the SERIALIZABLE Active Objects' own
     * {@link Transaction} picks: code tested here then meets the concurrency the products have.
     */
    @Override
    public <T> T executeInTransaction(Supplier<T> work) {
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() throws SQLException {
                    readCommitted();
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new EntityAccessException("transaction failed", e);
        } catch (RuntimeException e) {
            // AO wraps what run() throws; callers expect their own exception back.
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof EntityAccessException)
                    && cause.getClass().getName().startsWith("net.java.ao")) {
                cause = cause.getCause();
            }
            throw cause instanceof RuntimeException ? (RuntimeException) cause : e;
        }
    }

    // Before the transaction's first statement, so the level applies to all of it; a nested
    // transaction runs in the outer one's connection, already at this level.
    private void readCommitted() throws SQLException {
        try (Connection c = em.getProvider().getConnection()) {
            if (c.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new EntityAccessException(e.getMessage(), e);
        }
    }
}
