package com.atlassian.jira.issue.comments;

/**
 * Compile-only re-declaration (interface, as in Jira) of an issue comment.
 *
 * <p>Checked against: the {@code com.atlassian.jira.issue.comments.Comment} type returned by
 * {@code SLAChangeEvent#getComment()} and taken by the {@code IssueEvent} constructor (docs.atlassian.com
 * jira-servicedesk 3.9, jira/server); {@code Long getId()} not re-read.
 */
public interface Comment {

    Long getId();
}
