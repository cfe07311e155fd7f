package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Compile-only re-declaration (interface, as in Jira) of an issue.
 *
 * <p>Checked against: the {@code com.atlassian.jira.issue.Issue} return type of
 * {@code IssueEvent#getIssue()} (jira/server javadoc); the getters ({@code getId}, {@code getKey},
 * {@code getSummary}, {@code getReporter}, {@code getAssignee} returning {@code ApplicationUser},
 * {@code getProjectObject}) are Jira's long-standing public API, not each re-read for 9.12/10.3;
 * {@code Timestamp getCreated()} and {@code String getCreatorId()} (the creator's user key) against
 * docs.atlassian.com jira/latest {@code Issue} ({@code @PublicApi}), neither deprecated.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    Project getProjectObject();

    Timestamp getCreated();

    /** @return the key of the user who created the issue, or null for issues older than that field */
    String getCreatorId();
}
