package com.atlassian.user;

/**
 * Compile-only re-declaration (checked exception class, as in atlassian-user) of a user directory failure.
 *
 * <p>Checked against: the decompiled atlassian-user 3.0 (Confluence 8.7.2)
 * {@code public class EntityException extends Exception}.
 */
public class EntityException extends Exception {
    private static final long serialVersionUID = 1L;
}
