package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (enum, as in the host) of the area an audit entry belongs to.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code CoverageArea} ({@code public enum
 * CoverageArea { AUDIT_LOG, GLOBAL_CONFIG_AND_ADMINISTRATION, USER_MANAGEMENT, PERMISSIONS,
 * LOCAL_CONFIG_AND_ADMINISTRATION, SECURITY, END_USER_ACTIVITY, ECOSYSTEM }}).
 */
public enum CoverageArea {
    AUDIT_LOG, GLOBAL_CONFIG_AND_ADMINISTRATION, USER_MANAGEMENT, PERMISSIONS, LOCAL_CONFIG_AND_ADMINISTRATION,
    SECURITY, END_USER_ACTIVITY, ECOSYSTEM
}
