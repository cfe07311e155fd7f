package com.atlassian.sal.api;

/**
 * Compile-only re-declaration (enum, as in SAL) of how {@code ApplicationProperties#getBaseUrl}
 * renders the base URL. Only the constant Value Matrix uses; the host's enum is read at run time
 * by name.
 *
 * <p>Checked against: the parameter type {@code com.atlassian.sal.api.UrlMode} of
 * {@code getBaseUrl} in jira/latest {@code JiraApplicationProperties}; the constant
 * {@code RELATIVE} (base URL as a path, e.g. {@code /confluence}) is from SAL's API as known.
 */
public enum UrlMode {
    RELATIVE
}
