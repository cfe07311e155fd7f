package org.valuematrix.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;

/**
 * The one mapping from Jira's issues, comments and change groups to captured events. Live capture
 * and the history import both build their events here, so that the same host action gets the same
 * source id, verb, object, counterpart and status change either way.
 *
 * <p>A change group (one row of an issue's change history, written with the issue event that made
 * it) is one event, whose source id is its id: its verb comes from its change items, not from the
 * event type, because the import sees only the items. A status change with a resolution set is a
 * resolution, any other status change a transition; otherwise an assignee change is an assignment
 * (to the new assignee), anything else an update.
 */
final class JiraEvents {
    static final String STATUS = "status";
    static final String RESOLUTION = "resolution";
    static final String ASSIGNEE = "assignee";

    private JiraEvents() {
    }

    static CapturedEvent created(Issue issue, String actor, Instant when) {
        return event(issueSource(issue) + "created", when, actor, Verb.CREATED, issueObject(issue), issue, null, null);
    }

    /** A comment responds to the reporter, or to the assignee when the reporter comments. */
    static CapturedEvent commented(Issue issue, Comment comment, String actor, Instant when) {
        String url = "/browse/" + issue.getKey() + "?focusedCommentId=" + comment.getId() + "#comment-" + comment.getId();
        ActivityObject object = new ActivityObject("comment", String.valueOf(comment.getId()), title(issue), url);
        return event("jira:comment:" + comment.getId(), when, actor, Verb.COMMENTED, object, issue,
                commentCounterpart(issue, actor), null);
    }

    static String commentCounterpart(Issue issue, String actor) {
        String reporter = key(issue.getReporter());
        return actor.equals(reporter) ? key(issue.getAssignee()) : reporter;
    }

    /**
     * @param actor who made the change (the group's author)
     * @param when when (the group's time)
     * @return the change group's event, or empty when it holds no change item
     */
    static Optional<CapturedEvent> changed(Issue issue, ChangeHistory group, String actor, Instant when) {
        List<ChangeItemBean> items = group.getChangeItemBeans();
        if (items == null || items.isEmpty()) {
            return Optional.empty();
        }
        String source = changeSource(issue, group.getId());
        ChangeItemBean status = item(items, STATUS);
        if (status != null) {
            ChangeItemBean resolution = item(items, RESOLUTION);
            Verb verb = resolution != null && resolution.getTo() != null ? Verb.RESOLVED : Verb.TRANSITIONED;
            return Optional.of(event(source, when, actor, verb, issueObject(issue), issue, key(issue.getReporter()),
                    StatusChange.of(status.getFromString(), status.getToString())));
        }
        ChangeItemBean assignee = item(items, ASSIGNEE);
        if (assignee != null) {
            return Optional.of(event(source, when, actor, Verb.ASSIGNED, issueObject(issue), issue,
                    blankToNull(assignee.getTo()), null));
        }
        return Optional.of(event(source, when, actor, Verb.UPDATED, issueObject(issue), issue,
                key(issue.getReporter()), null));
    }

    static String changeSource(Issue issue, Long changeGroupId) {
        return issueSource(issue) + "change:" + changeGroupId;
    }

    static CapturedEvent event(String source, Instant when, String actor, Verb verb, ActivityObject object,
            Issue issue, String counterpart, StatusChange status) {
        return new CapturedEvent(source, when, actor, verb, object, issue.getProjectObject().getKey(), JiraHost.PRODUCT,
                counterpart, status);
    }

    static ActivityObject issueObject(Issue issue) {
        return new ActivityObject("issue", issue.getKey(), title(issue), "/browse/" + issue.getKey());
    }

    static String issueSource(Issue issue) {
        return "jira:issue:" + issue.getId() + ":";
    }

    static String title(Issue issue) {
        return issue.getKey() + " " + (issue.getSummary() == null ? "" : issue.getSummary());
    }

    static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }

    private static ChangeItemBean item(List<ChangeItemBean> items, String field) {
        for (ChangeItemBean item : items) {
            // Custom fields may share a system field's name ("Status"): only Jira's own one counts.
            if (item != null && ChangeItemBean.STATIC_FIELD.equals(item.getFieldType())
                    && field.equalsIgnoreCase(item.getField())) {
                return item;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
