package com.atlassian.sal.api.transaction;

/**
 * Compile-only re-declaration (interface, as in SAL) of the callback {@code ActiveObjects#executeInTransaction}
 * takes.
 *
 * <p>Checked against: docs.atlassian.com activeobjects-plugin-parent-pom 2.0.1 xref (the
 * {@code ActiveObjects} interface imports {@code com.atlassian.sal.api.transaction.TransactionCallback});
 * the single method against docs.atlassian.com sal-api 2.0.16 {@code TransactionCallback}
 * ({@code Object doInTransaction()}, "throw a RuntimeException if anything goes wrong, and the
 * calling transactionTemplate will roll back") and the same xref's {@code TransactionManager}
 * ({@code <T> T doInTransaction(TransactionCallback<T> callback)}: the generic form).
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
