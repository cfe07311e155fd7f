package org.valuematrix.spi;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Active Objects, as the hosts' {@code ActiveObjects} service offers it (Confluence/Jira) or
 * an {@code EntityManager} does (standalone). The method names and meanings are those of
 * {@code com.atlassian.activeobjects.external.ActiveObjects}. Implementations translate
 * {@link java.sql.SQLException} into {@link EntityAccessException}.
 */
public interface EntityAccess {

    /** Creates or updates the tables of the given entities; idempotent. */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /** Inserts many rows at once (a JDBC batch); column names as Active Objects names them. */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Reads rows one by one without loading them all; the callback must not keep the entities. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    /**
     * Runs the work in one database transaction: everything or nothing is written. A runtime
     * exception thrown by the work rolls back and propagates unchanged.
     */
    <T> T executeInTransaction(Supplier<T> work);
}
