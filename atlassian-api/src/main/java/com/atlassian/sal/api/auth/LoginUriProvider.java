package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only re-declaration (interface, as in SAL) of the host's login page address.
 *
 * <p>Checked against: docs.atlassian.com atlassian-crowd 4.2.0
 * {@code com.atlassian.sal.crowd.auth.CrowdLoginUriProvider} (implements this interface:
 * {@code URI getLoginUri(URI returnUri)}).
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
