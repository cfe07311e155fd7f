package com.atlassian.jira.issue;

/**
 * Compile-only re-declaration (interface, as in Jira) of the issue type {@code IssueManager} hands out;
 * nothing beyond {@link Issue} is used.
 *
 * <p>Checked against: docs.atlassian.com jira {@code IssueManager} ({@code MutableIssue getIssueObject(Long)},
 * {@code List<MutableIssue> getIssueObjects(Collection<Long>)} in public plugins of the code index) and
 * {@code @PublicApi public interface MutableIssue extends Issue}.
 */
public interface MutableIssue extends Issue {
}
