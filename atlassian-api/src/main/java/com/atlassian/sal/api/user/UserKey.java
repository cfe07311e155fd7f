package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Compile-only re-declaration (final class, as in SAL) of SAL's user key.
 *
 * <p>Checked against: docs.atlassian.com sal-parent 3.0.4 xref
 * {@code com/atlassian/sal/api/user/UserKey} ({@code public final class UserKey implements Serializable},
 * constructor {@code UserKey(String)}, {@code getStringValue()}).
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    public UserKey(String userkey) {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only");
    }
}
