package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (class, as in the host) of an audit entry and its builder.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code AuditEvent} ({@code public class
 * AuditEvent}; {@code static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey,
 * CoverageLevel, CoverageArea)}, not deprecated, where {@code builder(String, String, CoverageLevel)} is;
 * nested {@code public static class Builder} with {@code affectedObject(AuditResource)},
 * {@code changedValue(ChangedValue)}, {@code extraAttribute(AuditAttribute)}, {@code build()}).
 */
public class AuditEvent {

    private AuditEvent() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level,
            CoverageArea area) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static class Builder {

        public Builder affectedObject(AuditResource affectedObject) {
            throw new UnsupportedOperationException("compile-only");
        }

        public Builder changedValue(ChangedValue changedValue) {
            throw new UnsupportedOperationException("compile-only");
        }

        public Builder extraAttribute(AuditAttribute extraAttribute) {
            throw new UnsupportedOperationException("compile-only");
        }

        public AuditEvent build() {
            throw new UnsupportedOperationException("compile-only");
        }
    }
}
