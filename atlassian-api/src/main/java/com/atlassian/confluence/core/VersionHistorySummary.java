package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Date;
import java.util.Set;

/**
 * Compile-only re-declaration (class, as in Confluence) of one version of a page or blog post.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.core.VersionHistorySummary}
 * ({@code public class}; {@code int getVersion()}, {@code Set<ConfluenceUser> getContributorSet()},
 * {@code Date getLastModificationDate()}, none deprecated) and docs.atlassian.com ConfluenceServer
 * javadoc 7.19.14, where {@code getLastModifier()} is "Deprecated. since 5.11. Use getContributors()"
 * and {@code getContributors()} "Deprecated. since 6.4.0 use getContributorSet()": so the last
 * modifier is deliberately absent here.
 */
public class VersionHistorySummary {
    public int getVersion() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return who edited this version: its last modifier, and under collaborative editing everyone else too */
    public Set<ConfluenceUser> getContributorSet() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Date getLastModificationDate() {
        throw new UnsupportedOperationException("compile-only");
    }
}
