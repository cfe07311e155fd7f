package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Compile-only re-declaration (interface, as in the host) of the Active Objects plugin's service.
 * Only the members Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com, activeobjects-plugin-parent-pom 2.0.1, xref of
 * {@code com/atlassian/activeobjects/external/ActiveObjects} (find, create, count, delete,
 * deleteWithSQL, stream, executeInTransaction with SAL's {@code TransactionCallback}); and the
 * bulk {@code create(Class, List<Map>)} against a recent AO plugin's
 * {@code com.atlassian.activeobjects.osgi.ActiveObjectsDelegate} (public decompiled source), which
 * implements every method below with these exact signatures.
 */
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
