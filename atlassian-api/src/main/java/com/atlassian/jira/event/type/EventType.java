package com.atlassian.jira.event.type;

/**
 * Compile-only re-declaration (class, as in Jira) of the issue event type ids. The fields are
 * {@code static Long}, not compile-time constants, so the plugin reads the host's values at run
 * time; the values here are Jira's documented ids (the same), used by tests.
 *
 * <p>Checked against: docs.atlassian.com jira 7.0.8 {@code com.atlassian.jira.event.type.EventType}
 * ({@code @PublicApi public class EventType}; {@code static Long ISSUE_CREATED_ID, ISSUE_UPDATED_ID,
 * ISSUE_ASSIGNED_ID, ISSUE_RESOLVED_ID, ISSUE_CLOSED_ID, ISSUE_COMMENTED_ID, ISSUE_REOPENED_ID,
 * ISSUE_GENERICEVENT_ID}); ids 1–7 as in the project's host notes, 13 for the generic event.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
}
