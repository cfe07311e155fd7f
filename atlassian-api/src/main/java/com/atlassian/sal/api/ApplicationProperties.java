package com.atlassian.sal.api;

/**
 * Compile-only re-declaration (interface, as in SAL) of the host's application properties.
 *
 * <p>Checked against: docs.atlassian.com jira/latest
 * {@code com.atlassian.jira.sal.JiraApplicationProperties} and atlassian-bamboo 9.6.4
 * {@code BambooApplicationProperties}, both implementing this interface with
 * {@code String getPlatformId()} and {@code String getBaseUrl(com.atlassian.sal.api.UrlMode)}.
 */
public interface ApplicationProperties {

    /** @return the platform id: {@code conf} in Confluence, {@code jira} in Jira */
    String getPlatformId();

    String getBaseUrl(UrlMode urlMode);
}
