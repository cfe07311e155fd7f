package com.atlassian.sal.api;

/**
 * Compile-only re-declaration (enum, as in SAL) of how {@code ApplicationProperties#getBaseUrl}
 * renders the base URL. Every constant, in SAL's order; Value Matrix uses {@code CANONICAL} for
 * absolute links and {@code RELATIVE} for the context path.
 *
 * <p>Checked against: the decompiled {@code sal-api} 5.1.4 shipped with Confluence 8.7.2
 * ({@code ngannk-fptu/Decompiled-Files}, {@code com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/UrlMode.java}:
 * {@code CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO}) and how Confluence 8.7.2's
 * {@code ConfluenceApplicationProperties#getBaseUrl(UrlMode)} answers each: {@code CANONICAL} is
 * the base URL the administrator configured (global settings), never read from the request;
 * {@code ABSOLUTE} is built from the current request's host when there is one; {@code RELATIVE}
 * is the request's context path (else the configured one); {@code RELATIVE_CANONICAL} the path
 * of the configured base URL; {@code AUTO} the request's context path, else the configured base
 * URL.
 */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
