package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only re-declaration (interface, as in SAL) of the host's login page address. Only
 * the member Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com atlassian-crowd 4.2.0
 * {@code com.atlassian.sal.crowd.auth.CrowdLoginUriProvider} (implements this interface:
 * {@code URI getLoginUri(URI returnUri)}); the decompiled {@code sal-api} 5.1.4 and
 * {@code sal-core} 5.1.4 of Confluence 8.7.2 ({@code ngannk-fptu/Decompiled-Files}):
 * {@code SeraphLoginUriProvider} puts {@code returnUri.toString()}, URL-encoded, into Seraph's
 * login URL as {@code os_destination}, and Seraph 4.1.4's {@code BaseLoginFilter} later
 * redirects to an absolute destination as it is but prefixes a relative one with the context
 * path. A return address built from {@code getRequestURI()} (which already holds the context
 * path) therefore comes back as {@code /confluence/confluence/…}: hand it an absolute address.
 */
public interface LoginUriProvider {

    /** @param returnUri where to come back after logging in: an absolute address on this site */
    URI getLoginUri(URI returnUri);
}
