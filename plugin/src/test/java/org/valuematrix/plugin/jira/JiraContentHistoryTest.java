package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.WHEN;
import static org.valuematrix.plugin.jira.JiraFixtures.comment;
import static org.valuematrix.plugin.jira.JiraFixtures.group;
import static org.valuematrix.plugin.jira.JiraFixtures.issue;
import static org.valuematrix.plugin.jira.JiraFixtures.item;
import static org.valuematrix.plugin.jira.JiraFixtures.project;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ofbiz.core.entity.GenericEntityException;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.ContentHistory.Batch;
import org.valuematrix.spi.HistoryEvent;

@ExtendWith(MockitoExtension.class)
class JiraContentHistoryTest {
    @Mock
    private ProjectManager projects;
    @Mock
    private IssueManager issues;
    @Mock
    private CommentManager comments;
    @Mock
    private ChangeHistoryManager changeHistories;
    private ContentHistory target;

    private final ApplicationUser reporter = user("rita");
    private final ApplicationUser assignee = user("andy");
    private final ApplicationUser other = user("olga");
    private final Project sup = project("SUP");
    private final Map<Long, MutableIssue> stored = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        target = new JiraContentHistory(projects, issues, comments, changeHistories);
        lenient().when(sup.getId()).thenReturn(10000L);
        lenient().when(projects.getProjectObjByKey("SUP")).thenReturn(sup);
        Project ops = project("OPS");
        lenient().when(projects.getProjects()).thenReturn(List.of(sup, ops));
        // Jira lists a project's issue ids in no promised order.
        lenient().when(issues.getIssueIdsForProject(10000L)).thenAnswer(i -> new ArrayList<>(List.of(12L, 10L, 11L)));
        lenient().when(issues.getIssueObjects(any())).thenAnswer(i -> {
            List<MutableIssue> out = new ArrayList<>();
            for (Long id : i.<Collection<Long>>getArgument(0)) {
                out.add(0, stored.get(id));
            }
            return out;
        });
        for (long id = 10; id <= 12; id++) {
            MutableIssue issue = issue(id, "SUP-" + (id - 9), sup, reporter, assignee);
            lenient().when(issue.getCreated()).thenReturn(new Timestamp(WHEN.plusSeconds(id).toEpochMilli()));
            stored.put(id, issue);
            lenient().when(comments.getComments(issue)).thenReturn(List.of());
            lenient().when(changeHistories.getChangeHistories(issue)).thenReturn(List.of());
        }
    }

    @Test
    void containerKeys_shouldListEveryProject() {
        assertThat(target.containerKeys()).containsExactly("SUP", "OPS");
    }

    @Test
    void countItems_shouldBeTheProjectsIssueCount() {
        when(issues.getIssueCountForProject(10000L)).thenReturn(3L);

        assertThat(target.countItems("SUP")).isEqualTo(3);
        assertThat(target.countItems("GONE")).isZero();
    }

    @Test
    void read_shouldWalkIssuesInIdOrderAndResumeAfterAPosition() {
        Batch first = target.read("SUP", null, null, 2);

        assertThat(first.items()).isEqualTo(2);
        assertThat(first.finished()).isFalse();
        assertThat(first.events()).extracting(HistoryEvent::sourceId)
                .containsExactly("jira:issue:10:created", "jira:issue:11:created");
        assertThat(first.position()).isEqualTo(WHEN.plusSeconds(11).toEpochMilli() + ":11")
                .hasSizeLessThanOrEqualTo(ContentHistory.MAX_POSITION);

        // A new adapter (after a restart) resumes from the stored position alone.
        Batch second = new JiraContentHistory(projects, issues, comments, changeHistories)
                .read("SUP", first.position(), null, 2);

        assertThat(second.items()).isEqualTo(1);
        assertThat(second.finished()).isTrue();
        assertThat(second.events()).extracting(HistoryEvent::sourceId).containsExactly("jira:issue:12:created");
        assertThat(second.position()).endsWith(":12");
    }

    @Test
    void read_atTheEnd_shouldAnswerAnEmptyFinishedBatch() {
        Batch batch = target.read("SUP", "0:12", null, 5);

        assertThat(batch.items()).isZero();
        assertThat(batch.finished()).isTrue();
        assertThat(batch.events()).isEmpty();
    }

    @Test
    void read_ofADeletedProject_shouldAnswerAnEmptyFinishedBatch() {
        Batch batch = target.read("GONE", "0:11", null, 5);

        assertThat(batch.items()).isZero();
        assertThat(batch.finished()).isTrue();
        assertThat(batch.position()).isNull();
    }

    @Test
    void read_shouldCarryCreationCommentsAndChangeHistoryInOccurrenceOrder() {
        MutableIssue sup1 = stored.get(10L);
        Instant created = WHEN.plusSeconds(10);
        doReturn(List.of(comment(555, other, created.plus(Duration.ofHours(3))))).when(comments).getComments(sup1);
        doReturn(List.of(
                group(701, reporter, created.plus(Duration.ofHours(1)), item("assignee", null, null, "andy", "Andy")),
                group(702, assignee, created.plus(Duration.ofHours(2)), item("status", "1", "To Do", "3", "In Progress")),
                group(703, assignee, created.plus(Duration.ofHours(4)), item("summary", null, "Old", null, "New")),
                group(704, assignee, created.plus(Duration.ofHours(5)), item("resolution", null, null, "1", "Done"),
                        item("status", "3", "In Progress", "5", "Resolved"))))
                .when(changeHistories).getChangeHistories(sup1);

        List<HistoryEvent> events = target.read("SUP", null, null, 1).events();

        assertThat(events).extracting(HistoryEvent::sourceId).containsExactly("jira:issue:10:created",
                "jira:issue:10:change:701", "jira:issue:10:change:702", "jira:comment:555", "jira:issue:10:change:704");
        assertThat(events).extracting(HistoryEvent::verb)
                .containsExactly("created", "assigned", "transitioned", "commented", "resolved");
        assertThat(events).extracting(HistoryEvent::actor).containsExactly("rita", "rita", "andy", "olga", "andy");
        assertThat(events).extracting(HistoryEvent::counterpart).containsExactly(null, "andy", "rita", "rita", "rita");
        assertThat(events).extracting(HistoryEvent::statusFrom)
                .containsExactly(null, null, "To Do", null, "In Progress");
        assertThat(events).extracting(HistoryEvent::statusTo).containsExactly(null, null, "In Progress", null, "Resolved");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.containerKey()).isEqualTo("SUP");
            assertThat(e.product()).isEqualTo("jira");
        });
    }

    @Test
    void read_shouldLeaveOutEventsBeforeSince() {
        MutableIssue sup1 = stored.get(10L);
        Instant since = WHEN.plus(Duration.ofDays(1));
        doReturn(List.of(comment(556, other, since.plusSeconds(1)))).when(comments).getComments(sup1);

        Batch batch = target.read("SUP", null, since, 3);

        assertThat(batch.items()).isEqualTo(3);
        assertThat(batch.events()).extracting(HistoryEvent::sourceId).containsExactly("jira:comment:556");
    }

    @Test
    void read_shouldSkipAnIssueMovedToAnotherProjectMeanwhile() {
        Project ops = project("OPS");
        when(stored.get(11L).getProjectObject()).thenReturn(ops);

        Batch batch = target.read("SUP", null, null, 5);

        assertThat(batch.items()).isEqualTo(3);
        assertThat(batch.events()).extracting(HistoryEvent::sourceId)
                .containsExactly("jira:issue:10:created", "jira:issue:12:created");
    }

    @Test
    void read_whenJiraCannotListTheIssues_shouldFailSoTheImportRetries() throws Exception {
        when(issues.getIssueIdsForProject(10000L)).thenThrow(new GenericEntityException());

        assertThatThrownBy(() -> target.read("SUP", null, null, 5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUP");
    }
}
