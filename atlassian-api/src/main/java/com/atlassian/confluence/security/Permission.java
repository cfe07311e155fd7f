package com.atlassian.confluence.security;

/**
 * Compile-only re-declaration (abstract class, as in Confluence) of a permission kind.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.Permission}
 * ({@code public abstract class Permission implements Serializable}, {@code public static final
 * Permission VIEW}, not deprecated). The constant is not a compile-time constant, so callers read
 * the host's field; here it is a distinct instance so tests can tell it from other arguments.
 */
public abstract class Permission {
    public static final Permission VIEW = new Permission() {
    };

    protected Permission() {
    }
}
