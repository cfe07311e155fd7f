package org.valuematrix.plugin.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.capture.ActivityCapture;

/**
 * Listens to Jira's issue events and hands them to core's capture. Counterparts: a comment
 * responds to the reporter (or to the assignee when the reporter comments), an assignment to the
 * new assignee, an edit, resolution or transition to the reporter. Creation has none. Failures
 * are logged and swallowed: Value Matrix must never break an issue operation.
 */
public class JiraActivityCapture {
    private static final Logger LOG = LoggerFactory.getLogger(JiraActivityCapture.class);

    private final ActivityCapture capture;
    private final Clock clock;

    public JiraActivityCapture(ActivityCapture capture, Clock clock) {
        this.capture = capture;
        this.clock = clock;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            map(event).ifPresent(capture::capture);
        } catch (RuntimeException e) {
            LOG.warn("Value Matrix could not capture a Jira issue event", e);
        }
    }

    Optional<CapturedEvent> map(IssueEvent event) {
        Issue issue = event.getIssue();
        ApplicationUser user = event.getUser();
        Long type = event.getEventTypeId();
        if (issue == null || user == null || type == null || issue.getProjectObject() == null) {
            return Optional.empty();
        }
        String actor = user.getKey();
        Instant when = event.getTime() == null ? clock.instant() : event.getTime().toInstant();
        String issueSource = "jira:issue:" + issue.getId() + ":";
        if (type.equals(EventType.ISSUE_CREATED_ID)) {
            return event(issueSource + "created", when, actor, Verb.CREATED, issueObject(issue), issue, null);
        }
        if (type.equals(EventType.ISSUE_COMMENTED_ID)) {
            return commented(event.getComment(), when, actor, issue);
        }
        if (type.equals(EventType.ISSUE_ASSIGNED_ID)) {
            return event(issueSource + "assigned:" + when.toEpochMilli(), when, actor, Verb.ASSIGNED,
                    issueObject(issue), issue, key(issue.getAssignee()));
        }
        Verb verb = verbOf(type);
        if (verb == null) {
            return Optional.empty();
        }
        return event(issueSource + verb.wire() + ":" + when.toEpochMilli(), when, actor, verb, issueObject(issue), issue,
                key(issue.getReporter()));
    }

    private Optional<CapturedEvent> commented(Comment comment, Instant when, String actor, Issue issue) {
        String reporter = key(issue.getReporter());
        String counterpart = actor.equals(reporter) ? key(issue.getAssignee()) : reporter;
        if (comment == null || comment.getId() == null) {
            return event("jira:issue:" + issue.getId() + ":commented:" + when.toEpochMilli(), when, actor, Verb.COMMENTED,
                    issueObject(issue), issue, counterpart);
        }
        String url = "/browse/" + issue.getKey() + "?focusedCommentId=" + comment.getId() + "#comment-" + comment.getId();
        ActivityObject object = new ActivityObject("comment", String.valueOf(comment.getId()), title(issue), url);
        return event("jira:comment:" + comment.getId(), when, actor, Verb.COMMENTED, object, issue, counterpart);
    }

    private static Verb verbOf(Long type) {
        if (type.equals(EventType.ISSUE_UPDATED_ID)) {
            return Verb.UPDATED;
        }
        if (type.equals(EventType.ISSUE_RESOLVED_ID) || type.equals(EventType.ISSUE_CLOSED_ID)) {
            return Verb.RESOLVED;
        }
        if (type.equals(EventType.ISSUE_REOPENED_ID) || type.equals(EventType.ISSUE_GENERICEVENT_ID)) {
            return Verb.TRANSITIONED;
        }
        return null;
    }

    private static Optional<CapturedEvent> event(String source, Instant when, String actor, Verb verb,
            ActivityObject object, Issue issue, String counterpart) {
        return Optional.of(new CapturedEvent(source, when, actor, verb, object, issue.getProjectObject().getKey(),
                JiraHost.PRODUCT, counterpart));
    }

    private static ActivityObject issueObject(Issue issue) {
        return new ActivityObject("issue", issue.getKey(), title(issue), "/browse/" + issue.getKey());
    }

    private static String title(Issue issue) {
        return issue.getKey() + " " + (issue.getSummary() == null ? "" : issue.getSummary());
    }

    private static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
