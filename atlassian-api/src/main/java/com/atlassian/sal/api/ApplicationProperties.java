package com.atlassian.sal.api;

/**
 * Compile-only re-declaration (interface, as in SAL) of the host's application properties.
 * Only the members Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com jira/latest
 * {@code com.atlassian.jira.sal.JiraApplicationProperties} and atlassian-bamboo 9.6.4
 * {@code BambooApplicationProperties}, both implementing this interface with
 * {@code String getPlatformId()} and {@code String getBaseUrl(com.atlassian.sal.api.UrlMode)};
 * and the decompiled {@code sal-api} 5.1.4 of Confluence 8.7.2 ({@code ngannk-fptu/Decompiled-Files},
 * {@code com/atlassian/sal/api/ApplicationProperties.java}: {@code @Nonnull String getPlatformId()},
 * {@code @Nonnull String getBaseUrl(UrlMode)}).
 */
public interface ApplicationProperties {

    /** @return the platform id: {@code conf} in Confluence, {@code jira} in Jira */
    String getPlatformId();

    /**
     * @return the base URL in the given form, never null: with {@link UrlMode#CANONICAL} the
     *     absolute address the administrator configured (Confluence 8.7.2 reads its global
     *     settings), whatever the current request's {@code Host} header says
     */
    String getBaseUrl(UrlMode urlMode);
}
