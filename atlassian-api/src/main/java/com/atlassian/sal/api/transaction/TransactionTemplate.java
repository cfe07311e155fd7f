package com.atlassian.sal.api.transaction;

/**
 * Compile-only re-declaration (interface, as in SAL) of the host's transaction template: runs a
 * callback in a transaction, with the host's database session bound to the thread.
 *
 * <p>Checked against: the decompiled SAL 5.1.4 API (Confluence 8.7.2)
 * {@code com.atlassian.sal.api.transaction.TransactionTemplate} ({@code <T> T execute(TransactionCallback<T>)}).
 */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
