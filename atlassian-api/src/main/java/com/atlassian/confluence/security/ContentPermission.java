package com.atlassian.confluence.security;

/**
 * Compile-only re-declaration (class, as in Confluence) of a page restriction entry.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.ContentPermission}
 * ({@code public class ContentPermission}, {@code public static final String VIEW_PERMISSION = "View"},
 * {@code public static ContentPermission createGroupPermission(String type, String groupName)}, not
 * deprecated).
 */
public class ContentPermission {
    public static final String VIEW_PERMISSION = "View";

    private ContentPermission() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static ContentPermission createGroupPermission(String type, String groupName) {
        throw new UnsupportedOperationException("compile-only");
    }
}
