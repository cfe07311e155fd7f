package org.valuematrix.plugin.jira;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.Date;

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

    static Issue issue(long id, String key, Project project, ApplicationUser reporter, ApplicationUser assignee) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Login fails");
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getReporter()).thenReturn(reporter);
        lenient().when(issue.getAssignee()).thenReturn(assignee);
        return issue;
    }

    static Comment comment(long id) {
        Comment comment = mock(Comment.class);
        lenient().when(comment.getId()).thenReturn(id);
        return comment;
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
