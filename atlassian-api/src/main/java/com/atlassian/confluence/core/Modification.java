package com.atlassian.confluence.core;

/**
 * Compile-only re-declaration (interface, as in Confluence) of a change saved as a new version.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.core.Modification}
 * ({@code public interface Modification<T extends ContentEntityObject>}, {@code void modify(T)}).
 */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
