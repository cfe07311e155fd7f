package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (enum, as in the host) of how detailed an audit entry is.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code CoverageLevel}
 * ({@code public enum CoverageLevel { BASE, ADVANCED, FULL }}).
 */
public enum CoverageLevel {
    BASE, ADVANCED, FULL
}
