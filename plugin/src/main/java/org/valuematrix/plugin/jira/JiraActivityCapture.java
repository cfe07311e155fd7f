package org.valuematrix.plugin.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ofbiz.core.entity.GenericValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.capture.ActivityCapture;

/**
 * Listens to Jira's issue events and hands them to core's capture, mapped by {@link JiraEvents} as
 * the history import maps Jira's stored content. An event that wrote a change group (edits,
 * assignments, transitions, resolutions) is that group's event, with the group's id as its source
 * id and its status before and after; a comment made with it (a transition's comment) is captured
 * too. Counterparts: a comment responds to the reporter (or to the assignee when the reporter
 * comments), an assignment to the new assignee, an edit, resolution or transition to the reporter.
 * Creation has none. Failures are logged and swallowed: Value Matrix must never break an issue
 * operation.
 */
public class JiraActivityCapture {
    private static final Logger LOG = LoggerFactory.getLogger(JiraActivityCapture.class);
    private static final Set<Long> CHANGES = Set.of(EventType.ISSUE_UPDATED_ID, EventType.ISSUE_ASSIGNED_ID,
            EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID, EventType.ISSUE_REOPENED_ID,
            EventType.ISSUE_GENERICEVENT_ID);

    private final ActivityCapture capture;
    private final ChangeHistoryManager changeHistories;
    private final Clock clock;

    /** @param changeHistories Jira's change history, or null where it cannot be read (no status changes then) */
    public JiraActivityCapture(ActivityCapture capture, ChangeHistoryManager changeHistories, Clock clock) {
        this.capture = capture;
        this.changeHistories = changeHistories;
        this.clock = clock;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            map(event).forEach(capture::capture);
        } catch (RuntimeException e) {
            LOG.warn("Value Matrix could not capture a Jira issue event", e);
        }
    }

    List<CapturedEvent> map(IssueEvent event) {
        Issue issue = event.getIssue();
        ApplicationUser user = event.getUser();
        Long type = event.getEventTypeId();
        if (issue == null || user == null || type == null || issue.getProjectObject() == null) {
            return List.of();
        }
        String actor = user.getKey();
        Instant when = event.getTime() == null ? clock.instant() : event.getTime().toInstant();
        List<CapturedEvent> out = new ArrayList<>(2);
        if (type.equals(EventType.ISSUE_CREATED_ID)) {
            out.add(JiraEvents.created(issue, actor, when));
        } else if (type.equals(EventType.ISSUE_COMMENTED_ID)) {
            out.add(commented(event.getComment(), when, actor, issue));
        } else if (CHANGES.contains(type)) {
            changed(event, type, issue, actor, when).ifPresent(out::add);
            Comment comment = event.getComment();
            if (comment != null && comment.getId() != null) {
                out.add(JiraEvents.commented(issue, comment, actor, when));
            }
        }
        return out;
    }

    private Optional<CapturedEvent> changed(IssueEvent event, Long type, Issue issue, String actor, Instant when) {
        GenericValue changeLog = event.getChangeLog();
        Long groupId = changeLog == null ? null : changeLog.getLong("id");
        if (groupId != null && changeHistories != null) {
            ChangeHistory group = changeHistories.getChangeHistoryById(groupId);
            if (group != null) {
                String author = group.getAuthorKey() == null ? actor : group.getAuthorKey();
                Instant at = group.getTimePerformed() == null ? when : group.getTimePerformed().toInstant();
                return JiraEvents.changed(issue, group, author, at);
            }
        }
        // Without its change items the event type decides, and only the source id can match the import's.
        Verb verb = verbOf(type);
        String source = groupId != null ? JiraEvents.changeSource(issue, groupId)
                : JiraEvents.issueSource(issue) + verb.wire() + ":" + when.toEpochMilli();
        String counterpart = verb == Verb.ASSIGNED ? JiraEvents.key(issue.getAssignee())
                : JiraEvents.key(issue.getReporter());
        return Optional.of(JiraEvents.event(source, when, actor, verb, JiraEvents.issueObject(issue), issue,
                counterpart, null));
    }

    private static CapturedEvent commented(Comment comment, Instant when, String actor, Issue issue) {
        if (comment == null || comment.getId() == null) {
            return JiraEvents.event(JiraEvents.issueSource(issue) + "commented:" + when.toEpochMilli(), when, actor,
                    Verb.COMMENTED, JiraEvents.issueObject(issue), issue, JiraEvents.commentCounterpart(issue, actor),
                    null);
        }
        return JiraEvents.commented(issue, comment, actor, when);
    }

    private static Verb verbOf(Long type) {
        if (type.equals(EventType.ISSUE_ASSIGNED_ID)) {
            return Verb.ASSIGNED;
        }
        if (type.equals(EventType.ISSUE_RESOLVED_ID) || type.equals(EventType.ISSUE_CLOSED_ID)) {
            return Verb.RESOLVED;
        }
        if (type.equals(EventType.ISSUE_REOPENED_ID) || type.equals(EventType.ISSUE_GENERICEVENT_ID)) {
            return Verb.TRANSITIONED;
        }
        return Verb.UPDATED;
    }
}
