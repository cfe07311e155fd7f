package com.atlassian.audit.entity;

/**
 * Compile-only re-declaration (class, as in the host) of one changed value of an audit entry.
 *
 * <p>Checked against: the decompiled atlassian-audit-api 1.16.2 {@code ChangedValue} ({@code public class
 * ChangedValue}; {@code static Builder fromI18nKeys(String i18nKey)}, not deprecated, where the
 * {@code (String key, ...)} constructors are; nested {@code public static class Builder} with
 * {@code from(String)}, {@code to(String)}, {@code build()}).
 */
public class ChangedValue {

    private ChangedValue() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static Builder fromI18nKeys(String i18nKey) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static class Builder {

        public Builder from(String from) {
            throw new UnsupportedOperationException("compile-only");
        }

        public Builder to(String to) {
            throw new UnsupportedOperationException("compile-only");
        }

        public ChangedValue build() {
            throw new UnsupportedOperationException("compile-only");
        }
    }
}
