package com.atlassian.crowd.embedded.api;

/**
 * Compile-only re-declaration (interface, as in Crowd's embedded API) of a directory user.
 *
 * <p>Checked against: the decompiled embedded-crowd-api 5.1.6 (Confluence 8.7.2)
 * {@code public interface User extends Comparable<User>, Principal} ({@code boolean isActive()},
 * {@code String getDisplayName()}; {@code getName()} from {@code java.security.Principal}).
 */
public interface User extends java.security.Principal {
    boolean isActive();

    String getDisplayName();
}
