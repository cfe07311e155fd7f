package com.atlassian.confluence.spaces;

/**
 * Compile-only re-declaration (class, as in Confluence) of a space.
 *
 * <p>Checked against: docs.atlassian.com Confluence javadoc {@code SpaceManager} (returns
 * {@code Space}); {@code getKey()}, {@code getName()}, {@code getUrlPath()} are the long-standing
 * members, not re-read for 8.5/9.2.
 */
public class Space {

    public String getKey() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getUrlPath() {
        throw new UnsupportedOperationException("compile-only");
    }
}
