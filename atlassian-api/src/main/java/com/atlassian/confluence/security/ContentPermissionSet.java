package com.atlassian.confluence.security;

import java.util.List;

/**
 * Compile-only re-declaration (class, as in Confluence) of the restrictions of one type on a page.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.ContentPermissionSet}
 * ({@code public class ContentPermissionSet}, {@code List<String> getGroupNames()}, not deprecated).
 */
public class ContentPermissionSet {

    public List<String> getGroupNames() {
        throw new UnsupportedOperationException("compile-only");
    }
}
