package com.atlassian.confluence.security;

/**
 * Compile-only re-declaration (abstract class, as in Confluence) of a permission with its
 * {@code VIEW} constant.
 *
 * <p>Checked against: docs.atlassian.com atlassian-confluence 5.7.1 / 5.9.1 / 1000.27.0
 * class-use of {@code com.atlassian.confluence.security.Permission} ({@code static Permission VIEW}).
 * The value here is a placeholder: the field is not a compile-time constant, so the plugin reads
 * the host's {@code Permission.VIEW} at run time.
 */
public abstract class Permission {
    public static final Permission VIEW = null;
}
