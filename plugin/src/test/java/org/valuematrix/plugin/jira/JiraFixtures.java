package org.valuematrix.plugin.jira;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.ofbiz.core.entity.GenericValue;

/** Test data built on the re-declared Jira types ({@code IssueEvent} is final: mocked inline). */
final class JiraFixtures {
    static final Instant WHEN = Instant.parse("2024-06-01T08:15:00Z");

    private JiraFixtures() {
    }

    static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getKey()).thenReturn(key);
        lenient().when(user.getDisplayName()).thenReturn("User " + key);
        return user;
    }

    static Project project(String key) {
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key);
        lenient().when(project.getName()).thenReturn("Project " + key);
        return project;
    }

    static MutableIssue issue(long id, String key, Project project, ApplicationUser reporter,
            ApplicationUser assignee) {
        MutableIssue issue = mock(MutableIssue.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Login fails");
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getReporter()).thenReturn(reporter);
        lenient().when(issue.getAssignee()).thenReturn(assignee);
        lenient().when(issue.getCreated()).thenReturn(new Timestamp(WHEN.toEpochMilli()));
        String creator = reporter == null ? null : reporter.getKey();
        lenient().when(issue.getCreatorId()).thenReturn(creator);
        return issue;
    }

    static Comment comment(long id) {
        Comment comment = mock(Comment.class);
        lenient().when(comment.getId()).thenReturn(id);
        return comment;
    }

    /** A comment as Jira stores it: with its author and creation time. */
    static Comment comment(long id, ApplicationUser author, Instant created) {
        Comment comment = comment(id);
        String key = author.getKey();
        lenient().when(comment.getAuthorKey()).thenReturn(key);
        lenient().when(comment.getCreated()).thenReturn(Date.from(created));
        return comment;
    }

    /** A change item of one of Jira's own fields (field type "jira"). */
    static ChangeItemBean item(String field, String from, String fromString, String to, String toString) {
        return item("jira", field, from, fromString, to, toString);
    }

    static ChangeItemBean item(String fieldType, String field, String from, String fromString, String to,
            String toString) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        lenient().when(item.getFieldType()).thenReturn(fieldType);
        lenient().when(item.getField()).thenReturn(field);
        lenient().when(item.getFrom()).thenReturn(from);
        lenient().when(item.getFromString()).thenReturn(fromString);
        lenient().when(item.getTo()).thenReturn(to);
        lenient().when(item.getToString()).thenReturn(toString);
        return item;
    }

    static ChangeHistory group(long id, ApplicationUser author, Instant at, ChangeItemBean... items) {
        ChangeHistory group = mock(ChangeHistory.class);
        lenient().when(group.getId()).thenReturn(id);
        String key = author.getKey();
        lenient().when(group.getAuthorKey()).thenReturn(key);
        lenient().when(group.getTimePerformed()).thenReturn(new Timestamp(at.toEpochMilli()));
        lenient().when(group.getChangeItemBeans()).thenReturn(List.of(items));
        return group;
    }

    /** An issue event that wrote the change group with this id. */
    static IssueEvent changeEvent(Long type, Issue issue, ApplicationUser user, long changeGroupId) {
        IssueEvent event = event(type, issue, user);
        GenericValue changeLog = mock(GenericValue.class);
        lenient().when(changeLog.getLong("id")).thenReturn(changeGroupId);
        lenient().when(event.getChangeLog()).thenReturn(changeLog);
        return event;
    }

    static IssueEvent event(Long type, Issue issue, ApplicationUser user, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        lenient().when(event.getEventTypeId()).thenReturn(type);
        lenient().when(event.getIssue()).thenReturn(issue);
        lenient().when(event.getUser()).thenReturn(user);
        lenient().when(event.getComment()).thenReturn(comment);
        lenient().when(event.getTime()).thenReturn(Date.from(WHEN));
        return event;
    }

    static IssueEvent event(Long type, Issue issue, ApplicationUser user) {
        return event(type, issue, user, null);
    }
}
