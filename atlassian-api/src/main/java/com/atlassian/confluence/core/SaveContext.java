package com.atlassian.confluence.core;

/**
 * Compile-only re-declaration (interface, as in Confluence) of how content is saved; only passed on.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.core.SaveContext}
 * ({@code public interface SaveContext}).
 */
public interface SaveContext {
}
