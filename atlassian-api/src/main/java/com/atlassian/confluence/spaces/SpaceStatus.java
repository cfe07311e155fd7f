package com.atlassian.confluence.spaces;

/**
 * Compile-only re-declaration (enum, as in Confluence) of a space's status.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.spaces.SpaceStatus}
 * ({@code public enum SpaceStatus { CURRENT, ARCHIVED }}) and ConfluenceServer javadoc 9.1.2
 * "Uses of Enum Class com.atlassian.confluence.spaces.SpaceStatus".
 */
public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}
