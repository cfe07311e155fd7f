package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.WHEN;
import static org.valuematrix.plugin.jira.JiraFixtures.changeEvent;
import static org.valuematrix.plugin.jira.JiraFixtures.comment;
import static org.valuematrix.plugin.jira.JiraFixtures.event;
import static org.valuematrix.plugin.jira.JiraFixtures.group;
import static org.valuematrix.plugin.jira.JiraFixtures.issue;
import static org.valuematrix.plugin.jira.JiraFixtures.item;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.spi.HistoryEvent;

/**
 * One issue's life (created, assigned, commented, moved on, resolved), once as the live listener sees
 * Jira's events and once as the history import reads Jira's stored issue, comments and change history:
 * both must report the very same events, so that the import stores nothing twice.
 */
@ExtendWith(MockitoExtension.class)
class JiraLiveAndImportTest {
    @Mock
    private ActivityCapture capture;
    @Mock
    private ChangeHistoryManager changeHistories;
    @Mock
    private ProjectManager projects;
    @Mock
    private IssueManager issues;
    @Mock
    private CommentManager comments;

    private final ApplicationUser reporter = user("rita");
    private final ApplicationUser assignee = user("andy");
    private final ApplicationUser other = user("olga");

    @Test
    void liveCaptureAndImport_shouldReportIdenticalEvents() throws Exception {
        Project sup = project("SUP");
        when(sup.getId()).thenReturn(10000L);
        MutableIssue issue = issue(10, "SUP-1", sup, reporter, assignee);
        List<ChangeHistory> groups = List.of(
                group(701, reporter, WHEN.plus(Duration.ofMinutes(1)), item("assignee", null, null, "andy", "Andy")),
                group(702, assignee, WHEN.plus(Duration.ofMinutes(2)), item("status", "1", "To Do", "3", "In Progress")),
                group(703, assignee, WHEN.plus(Duration.ofMinutes(9)), item("resolution", null, null, "1", "Done"),
                        item("status", "3", "In Progress", "5", "Resolved")));
        for (ChangeHistory g : groups) {
            lenient().when(changeHistories.getChangeHistoryById(g.getId())).thenReturn(g);
        }
        Comment comment = comment(555, other, WHEN);

        JiraActivityCapture live = new JiraActivityCapture(capture, changeHistories, Clock.fixed(WHEN, ZoneOffset.UTC));
        live.onIssueEvent(event(EventType.ISSUE_CREATED_ID, issue, reporter));
        live.onIssueEvent(changeEvent(EventType.ISSUE_ASSIGNED_ID, issue, reporter, 701));
        live.onIssueEvent(changeEvent(EventType.ISSUE_GENERICEVENT_ID, issue, assignee, 702));
        live.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, issue, other, comment));
        live.onIssueEvent(changeEvent(EventType.ISSUE_RESOLVED_ID, issue, assignee, 703));
        ArgumentCaptor<CapturedEvent> captured = ArgumentCaptor.forClass(CapturedEvent.class);
        verify(capture, atLeastOnce()).capture(captured.capture());

        when(projects.getProjectObjByKey("SUP")).thenReturn(sup);
        when(issues.getIssueIdsForProject(10000L)).thenReturn(List.of(10L));
        when(issues.getIssueObjects(any())).thenReturn(List.of(issue));
        when(comments.getComments(issue)).thenReturn(List.of(comment));
        when(changeHistories.getChangeHistories(issue)).thenReturn(groups);
        List<HistoryEvent> imported = new JiraContentHistory(projects, issues, comments, changeHistories)
                .read("SUP", null, null, 10).events();

        List<String> liveEvents = new ArrayList<>();
        for (CapturedEvent e : captured.getAllValues()) {
            liveEvents.add(fields(e.toHistoryEvent()));
        }
        assertThat(imported.stream().map(JiraLiveAndImportTest::fields).collect(Collectors.toList()))
                .hasSize(5).containsExactlyInAnyOrderElementsOf(liveEvents);
        assertThat(imported).extracting(HistoryEvent::statusTo).contains("In Progress", "Resolved");
    }

    private static String fields(HistoryEvent e) {
        return Arrays.asList(e.sourceId(), e.occurredAt(), e.actor(), e.verb(), e.objectType(), e.objectId(), e.title(),
                e.url(), e.containerKey(), e.product(), e.counterpart(), e.statusFrom(), e.statusTo()).toString();
    }
}
