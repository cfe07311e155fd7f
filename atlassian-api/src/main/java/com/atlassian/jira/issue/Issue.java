package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only re-declaration (interface, as in Jira) of an issue.
 *
 * <p>Checked against: the {@code com.atlassian.jira.issue.Issue} return type of
 * {@code IssueEvent#getIssue()} (jira/server javadoc); the getters ({@code getId}, {@code getKey},
 * {@code getSummary}, {@code getReporter}, {@code getAssignee} returning {@code ApplicationUser},
 * {@code getProjectObject}) are Jira's long-standing public API, not each re-read for 9.12/10.3.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    Project getProjectObject();
}
