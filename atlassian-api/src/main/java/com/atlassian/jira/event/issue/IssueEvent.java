package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;
import org.ofbiz.core.entity.GenericValue;

/**
 * Compile-only re-declaration (final class, as in Jira) of the issue event. Its superclass
 * {@code com.atlassian.jira.event.AbstractEvent} (which declares {@code getTime()}) is not
 * re-declared; the JVM resolves the getter there at run time.
 *
 * <p>Checked against: docs.atlassian.com jira/server
 * {@code com.atlassian.jira.event.issue.IssueEvent} ({@code @PublicApi public final class IssueEvent
 * extends AbstractEvent implements IssueRelatedEvent}; constructor
 * {@code IssueEvent(Issue, ApplicationUser, Comment, Worklog, GenericValue, Map, Long, ...)}) and
 * jira/server {@code JiraEvent} ({@code Date getTime()}); getters {@code getIssue()},
 * {@code getUser()}, {@code getComment()}, {@code getEventTypeId()} as in the project's host notes;
 * {@code GenericValue getChangeLog()}: the change group row the constructor takes (its "id" is the id
 * {@code ChangeHistory#getId()} reports), null when the event changed no field.
 */
public final class IssueEvent {

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the user who caused the event, or null */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the comment added with the event, or null */
    public Comment getComment() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the change group written with the event, or null */
    public GenericValue getChangeLog() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Date getTime() {
        throw new UnsupportedOperationException("compile-only");
    }
}
