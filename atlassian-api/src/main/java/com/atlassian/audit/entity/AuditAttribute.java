package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (class, as in the host) of an extra attribute of an audit entry.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code AuditAttribute} ({@code public class
 * AuditAttribute}; {@code static Builder fromI18nKeys(String nameI18nKey, String value)}, not deprecated,
 * where the {@code (String, String)} constructor is; nested {@code public static class Builder} with
 * {@code build()}).
 */
public class AuditAttribute {

    private AuditAttribute() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static Builder fromI18nKeys(String nameI18nKey, String value) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static class Builder {

        public AuditAttribute build() {
            throw new UnsupportedOperationException("compile-only");
        }
    }
}
