package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.WHEN;
import static org.valuematrix.plugin.jira.JiraFixtures.comment;
import static org.valuematrix.plugin.jira.JiraFixtures.event;
import static org.valuematrix.plugin.jira.JiraFixtures.issue;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.capture.ActivityCapture;

@ExtendWith(MockitoExtension.class)
class JiraActivityCaptureTest {
    private static final Instant NOW = Instant.parse("2024-06-02T00:00:00Z");

    @Mock
    private ActivityCapture capture;
    @Mock
    private ChangeHistoryManager changeHistories;
    private JiraActivityCapture target;

    private final ApplicationUser reporter = user("rita");
    private final ApplicationUser assignee = user("andy");
    private final ApplicationUser other = user("olga");
    private final Project sup = project("SUP");
    private Issue issue;

    @BeforeEach
    void setUp() {
        target = new JiraActivityCapture(capture, changeHistories, Clock.fixed(NOW, ZoneOffset.UTC));
        issue = issue(100, "SUP-7", sup, reporter, assignee);
    }

    @Test
    void issueCreated_shouldCaptureCreationWithoutCounterpart() {
        target.onIssueEvent(event(EventType.ISSUE_CREATED_ID, issue, reporter));

        CapturedEvent e = captured();
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:created");
        assertThat(e.verb()).isEqualTo(Verb.CREATED);
        assertThat(e.actor()).isEqualTo("rita");
        assertThat(e.counterpart()).isEmpty();
        assertThat(e.containerKey()).isEqualTo("SUP");
        assertThat(e.product()).isEqualTo("jira");
        assertThat(e.occurredAt()).isEqualTo(WHEN);
        assertThat(e.object().type()).isEqualTo("issue");
        assertThat(e.object().id()).isEqualTo("SUP-7");
        assertThat(e.object().title()).isEqualTo("SUP-7 Login fails");
        assertThat(e.object().url()).isEqualTo("/browse/SUP-7");
    }

    @Test
    void issueCommented_shouldCaptureCommentWithReporterAsCounterpart() {
        target.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, issue, other, comment(555)));

        CapturedEvent e = captured();
        assertThat(e.sourceId()).isEqualTo("jira:comment:555");
        assertThat(e.verb()).isEqualTo(Verb.COMMENTED);
        assertThat(e.actor()).isEqualTo("olga");
        assertThat(e.counterpart()).contains("rita");
        assertThat(e.object().type()).isEqualTo("comment");
        assertThat(e.object().id()).isEqualTo("555");
        assertThat(e.object().url()).isEqualTo("/browse/SUP-7?focusedCommentId=555#comment-555");
    }

    @Test
    void issueCommentedByReporter_shouldCaptureCommentWithAssigneeAsCounterpart() {
        target.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, issue, reporter, comment(556)));

        CapturedEvent e = captured();
        assertThat(e.actor()).isEqualTo("rita");
        assertThat(e.counterpart()).contains("andy");
        assertThat(e.isInteraction()).isTrue();
    }

    @Test
    void unassignedIssueCommentedByReporter_shouldCaptureCommentWithoutCounterpart() {
        Issue unassigned = issue(101, "SUP-8", sup, reporter, null);

        target.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, unassigned, reporter, comment(557)));

        assertThat(captured().counterpart()).isEmpty();
    }

    @Test
    void issueAssignedWithoutChangeGroup_shouldCaptureAssignmentWithNewAssigneeAsCounterpart() {
        target.onIssueEvent(event(EventType.ISSUE_ASSIGNED_ID, issue, other));

        CapturedEvent e = captured();
        assertThat(e.verb()).isEqualTo(Verb.ASSIGNED);
        assertThat(e.actor()).isEqualTo("olga");
        assertThat(e.counterpart()).contains("andy");
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:assigned:" + WHEN.toEpochMilli());
    }

    @ParameterizedTest(name = "event type {0} -> {1}")
    @CsvSource({"2, UPDATED", "4, RESOLVED", "5, RESOLVED", "7, TRANSITIONED", "13, TRANSITIONED"})
    void issueChangedWithoutChangeGroup_shouldCaptureChangeByEventTypeWithReporterAsCounterpart(long type, Verb verb) {
        target.onIssueEvent(event(type, issue, assignee));

        CapturedEvent e = captured();
        assertThat(e.verb()).isEqualTo(verb);
        assertThat(e.actor()).isEqualTo("andy");
        assertThat(e.counterpart()).contains("rita");
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:" + verb.wire() + ":" + WHEN.toEpochMilli());
    }

    @Test
    void issueResolved_shouldUseTheEventTypeConstantsOfJira() {
        target.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, issue, assignee));

        assertThat(captured().verb()).isEqualTo(Verb.RESOLVED);
    }

    @ParameterizedTest(name = "event type {0} is not activity")
    @CsvSource({"8", "9", "10", "14", "15", "999"})
    void otherEventTypes_shouldBeIgnored(long type) {
        target.onIssueEvent(event(type, issue, other));

        verify(capture, never()).capture(any());
    }

    @Test
    void eventWithoutUser_shouldBeIgnored() {
        target.onIssueEvent(event(EventType.ISSUE_CREATED_ID, issue, null));

        verify(capture, never()).capture(any());
    }

    @Test
    void eventWithoutTime_shouldUseTheClock() {
        IssueEvent event = event(EventType.ISSUE_CREATED_ID, issue, reporter);
        when(event.getTime()).thenReturn(null);

        target.onIssueEvent(event);

        assertThat(captured().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void failingMapping_shouldNeverReachTheHost() {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenThrow(new IllegalStateException("boom"));

        assertThatCode(() -> target.onIssueEvent(event)).doesNotThrowAnyException();
        verify(capture, never()).capture(any());
    }

    private CapturedEvent captured() {
        ArgumentCaptor<CapturedEvent> events = ArgumentCaptor.forClass(CapturedEvent.class);
        verify(capture).capture(events.capture());
        return events.getValue();
    }
}
