package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.WHEN;
import static org.valuematrix.plugin.jira.JiraFixtures.changeEvent;
import static org.valuematrix.plugin.jira.JiraFixtures.comment;
import static org.valuematrix.plugin.jira.JiraFixtures.group;
import static org.valuematrix.plugin.jira.JiraFixtures.issue;
import static org.valuematrix.plugin.jira.JiraFixtures.item;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.capture.ActivityCapture;

/** Live capture of the events that write a change group: ids, verbs and statuses from the group itself. */
@ExtendWith(MockitoExtension.class)
class JiraChangeCaptureTest {
    private static final Instant GROUP_TIME = WHEN.plusMillis(3);

    @Mock
    private ActivityCapture capture;
    @Mock
    private ChangeHistoryManager changeHistories;
    private JiraActivityCapture target;

    private final ApplicationUser reporter = user("rita");
    private final ApplicationUser assignee = user("andy");
    private Issue issue;

    @BeforeEach
    void setUp() {
        target = new JiraActivityCapture(capture, changeHistories, Clock.fixed(WHEN, ZoneOffset.UTC));
        issue = issue(100, "SUP-7", project("SUP"), reporter, assignee);
    }

    @Test
    void transition_shouldBeIdentifiedByItsChangeGroupAndCarryItsStatusChange() {
        doReturn(group(777, assignee, GROUP_TIME,
                item("status", "1", "To Do", "3", "In Progress")))
                .when(changeHistories).getChangeHistoryById(777L);

        target.onIssueEvent(changeEvent(EventType.ISSUE_GENERICEVENT_ID, issue, assignee, 777));

        CapturedEvent e = captured().get(0);
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:change:777");
        assertThat(e.verb()).isEqualTo(Verb.TRANSITIONED);
        assertThat(e.actor()).isEqualTo("andy");
        assertThat(e.counterpart()).contains("rita");
        assertThat(e.occurredAt()).isEqualTo(GROUP_TIME);
        assertThat(e.status()).hasValueSatisfying(s -> {
            assertThat(s.from()).contains("To Do");
            assertThat(s.to()).isEqualTo("In Progress");
        });
    }

    @Test
    void statusChangeThatSetsAResolution_shouldBeAResolution() {
        doReturn(group(778, assignee, GROUP_TIME,
                item("resolution", null, null, "1", "Done"), item("status", "3", "In Progress", "5", "Resolved")))
                .when(changeHistories).getChangeHistoryById(778L);

        target.onIssueEvent(changeEvent(EventType.ISSUE_RESOLVED_ID, issue, assignee, 778));

        CapturedEvent e = captured().get(0);
        assertThat(e.verb()).isEqualTo(Verb.RESOLVED);
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:change:778");
        assertThat(e.status().map(s -> s.to())).contains("Resolved");
    }

    @Test
    void reopeningThatClearsTheResolution_shouldBeATransition() {
        doReturn(group(779, reporter, GROUP_TIME,
                item("resolution", "1", "Done", null, null), item("status", "5", "Resolved", "4", "Reopened")))
                .when(changeHistories).getChangeHistoryById(779L);

        target.onIssueEvent(changeEvent(EventType.ISSUE_REOPENED_ID, issue, reporter, 779));

        CapturedEvent e = captured().get(0);
        assertThat(e.verb()).isEqualTo(Verb.TRANSITIONED);
        assertThat(e.status().map(s -> s.from().orElse("") + "→" + s.to())).contains("Resolved→Reopened");
    }

    @Test
    void assignment_shouldRespondToTheAssigneeTheChangeGroupNames() {
        doReturn(group(780, reporter, GROUP_TIME,
                item("assignee", "olga", "Olga", "andy", "Andy")))
                .when(changeHistories).getChangeHistoryById(780L);

        target.onIssueEvent(changeEvent(EventType.ISSUE_ASSIGNED_ID, issue, reporter, 780));

        CapturedEvent e = captured().get(0);
        assertThat(e.verb()).isEqualTo(Verb.ASSIGNED);
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:change:780");
        assertThat(e.counterpart()).contains("andy");
        assertThat(e.status()).isEmpty();
    }

    @Test
    void customFieldNamedStatus_shouldBeAnUpdateWithoutStatusChange() {
        doReturn(group(781, reporter, GROUP_TIME,
                item("custom", "Status", null, "Green", null, "Red")))
                .when(changeHistories).getChangeHistoryById(781L);

        target.onIssueEvent(changeEvent(EventType.ISSUE_UPDATED_ID, issue, reporter, 781));

        CapturedEvent e = captured().get(0);
        assertThat(e.verb()).isEqualTo(Verb.UPDATED);
        assertThat(e.status()).isEmpty();
    }

    @Test
    void transitionWithAComment_shouldCaptureTheTransitionAndTheComment() {
        doReturn(group(782, assignee, GROUP_TIME,
                item("status", "1", "To Do", "3", "In Progress")))
                .when(changeHistories).getChangeHistoryById(782L);
        IssueEvent event = changeEvent(EventType.ISSUE_GENERICEVENT_ID, issue, assignee, 782);
        doReturn(comment(555)).when(event).getComment();

        target.onIssueEvent(event);

        assertThat(captured()).extracting(CapturedEvent::sourceId)
                .containsExactly("jira:issue:100:change:782", "jira:comment:555");
    }

    @Test
    void changeGroupNotFound_shouldStillUseItsIdWithTheEventTypesVerb() {
        target.onIssueEvent(changeEvent(EventType.ISSUE_CLOSED_ID, issue, assignee, 783));

        CapturedEvent e = captured().get(0);
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:change:783");
        assertThat(e.verb()).isEqualTo(Verb.RESOLVED);
        assertThat(e.occurredAt()).isEqualTo(WHEN);
        assertThat(e.status()).isEmpty();
    }

    @Test
    void withoutChangeHistoryManager_shouldStillUseTheChangeGroupsId() {
        target = new JiraActivityCapture(capture, null, Clock.fixed(WHEN, ZoneOffset.UTC));

        target.onIssueEvent(changeEvent(EventType.ISSUE_ASSIGNED_ID, issue, assignee, 784));

        CapturedEvent e = captured().get(0);
        assertThat(e.sourceId()).isEqualTo("jira:issue:100:change:784");
        assertThat(e.verb()).isEqualTo(Verb.ASSIGNED);
        assertThat(e.counterpart()).contains("andy");
    }

    private List<CapturedEvent> captured() {
        ArgumentCaptor<CapturedEvent> events = ArgumentCaptor.forClass(CapturedEvent.class);
        verify(capture, atLeastOnce()).capture(events.capture());
        return events.getAllValues();
    }
}
