package com.atlassian.jira.issue.history;

/**
 * Compile-only re-declaration (class, as in Jira) of one field change within a change group.
 *
 * <p>Checked against: the {@code @PublicApi public class ChangeItemBean} source in the code index
 * (jira-api, 6.x): {@code public static final String STATIC_FIELD = "jira"} (the field type of Jira's
 * own fields; {@code CUSTOM_FIELD = "custom"}), and the getters {@code getFieldType()}, {@code getField()},
 * {@code getFrom()}, {@code getFromString()}, {@code getTo()}, {@code getToString()}, all {@code String}.
 * For the assignee, {@code getFrom()}/{@code getTo()} hold user keys and the {@code ...String()} getters
 * display names; for the status, the status ids and names. Not re-read for 9.12/10.3.
 */
public class ChangeItemBean {
    public static final String STATIC_FIELD = "jira";

    public String getFieldType() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getField() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getFrom() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getTo() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getToString() {
        throw new UnsupportedOperationException("compile-only");
    }
}
