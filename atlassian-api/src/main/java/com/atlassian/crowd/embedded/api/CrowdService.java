package com.atlassian.crowd.embedded.api;

/**
 * Compile-only re-declaration (interface, as in Crowd's embedded API, which Confluence publishes to
 * plugins) of the user directory service; one member.
 *
 * <p>Checked against: the decompiled embedded-crowd-api 5.1.6 (Confluence 8.7.2)
 * {@code com.atlassian.crowd.embedded.api.CrowdService} ({@code User getUser(String name)}, null
 * when no directory knows the name; not deprecated).
 */
public interface CrowdService {
    User getUser(String name);
}
