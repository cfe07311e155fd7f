package com.atlassian.sal.api.transaction;

/**
 * Compile-only re-declaration (interface, as in SAL) of the callback {@code ActiveObjects#executeInTransaction}
 * takes.
 *
 * <p>Checked against: docs.atlassian.com activeobjects-plugin-parent-pom 2.0.1 xref (the
 * {@code ActiveObjects} interface imports {@code com.atlassian.sal.api.transaction.TransactionCallback});
 * the single method {@code T doInTransaction()} is from SAL's API as known, not re-read in a
 * javadoc page during this work.
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
