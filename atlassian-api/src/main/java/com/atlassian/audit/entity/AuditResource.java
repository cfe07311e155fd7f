package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (class, as in the host) of the object an audit entry is about.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code AuditResource} ({@code public class
 * AuditResource}; {@code static Builder builder(String name, String type)}; nested {@code public static
 * class Builder} with {@code id(String)}, {@code uri(String)}, {@code build()}).
 */
public class AuditResource {

    private AuditResource() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static Builder builder(String name, String type) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static class Builder {

        public Builder id(String id) {
            throw new UnsupportedOperationException("compile-only");
        }

        public AuditResource build() {
            throw new UnsupportedOperationException("compile-only");
        }
    }
}
