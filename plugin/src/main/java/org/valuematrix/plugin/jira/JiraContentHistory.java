package org.valuematrix.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.ofbiz.core.entity.GenericEntityException;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.HistoryEvent;

/**
 * Jira's issues read back for the history import: each issue's creation (by its creator, or its
 * reporter where Jira recorded no creator), its comments, and the assignments, transitions and
 * resolutions of its change history, mapped by {@link JiraEvents} exactly as live capture maps them.
 * Edits are not read back: live capture reports them, the import does not.
 *
 * <p>Issues are walked in id order. Jira numbers issues as it creates them, so that is creation
 * order, except for issues an importer brought in with an earlier creation date: those come where
 * their id puts them, and each issue is still read exactly once. Reading a project's issue ids is
 * one query that loads no issue; a batch then loads its issues, and per issue its comments and
 * change history. Positions are {@code createdMillis:issueId}; only the id is needed to resume.
 */
public class JiraContentHistory implements ContentHistory {
    private final ProjectManager projects;
    private final IssueManager issues;
    private final CommentManager comments;
    private final ChangeHistoryManager changeHistories;

    public JiraContentHistory(ProjectManager projects, IssueManager issues, CommentManager comments,
            ChangeHistoryManager changeHistories) {
        this.projects = projects;
        this.issues = issues;
        this.comments = comments;
        this.changeHistories = changeHistories;
    }

    @Override
    public List<String> containerKeys() {
        List<String> keys = new ArrayList<>();
        for (Project p : projects.getProjects()) {
            keys.add(p.getKey());
        }
        return keys;
    }

    @Override
    public long countItems(String containerKey) {
        Project project = projects.getProjectObjByKey(containerKey);
        return project == null ? 0 : Math.max(0, issues.getIssueCountForProject(project.getId()));
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        Project project = projects.getProjectObjByKey(containerKey);
        if (project == null) {
            return Batch.finishedEmpty();
        }
        long afterId = after == null ? Long.MIN_VALUE : Long.parseLong(after.substring(after.indexOf(':') + 1));
        // One more than asked says whether the project ends here.
        List<Long> ids = issueIds(project).stream().filter(id -> id != null && id > afterId).sorted()
                .limit(limit + 1L).collect(Collectors.toList());
        boolean finished = ids.size() <= limit;
        if (!finished) {
            ids = ids.subList(0, limit);
        }
        if (ids.isEmpty()) {
            return Batch.finishedEmpty();
        }
        List<MutableIssue> loaded = new ArrayList<>(issues.getIssueObjects(ids));
        loaded.sort(Comparator.comparing(Issue::getId));
        List<CapturedEvent> events = new ArrayList<>();
        for (Issue issue : loaded) {
            // An issue moved to another project since its id was read belongs to that project's import.
            if (issue.getProjectObject() != null && containerKey.equals(issue.getProjectObject().getKey())) {
                events(issue, events);
            }
        }
        events.sort(Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId));
        List<HistoryEvent> out = new ArrayList<>(events.size());
        for (CapturedEvent e : events) {
            if (since == null || !e.occurredAt().isBefore(since)) {
                out.add(e.toHistoryEvent());
            }
        }
        Long lastId = ids.get(ids.size() - 1);
        return new Batch(ids.size(), out, createdMillis(loaded, lastId) + ":" + lastId, finished);
    }

    private Collection<Long> issueIds(Project project) {
        try {
            return issues.getIssueIdsForProject(project.getId());
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + project.getKey(), e);
        }
    }

    private void events(Issue issue, List<CapturedEvent> out) {
        String creator = issue.getCreatorId() != null ? issue.getCreatorId() : JiraEvents.key(issue.getReporter());
        if (creator != null && issue.getCreated() != null) {
            out.add(JiraEvents.created(issue, creator, issue.getCreated().toInstant()));
        }
        for (Comment c : comments.getComments(issue)) {
            if (c.getId() != null && c.getAuthorKey() != null && c.getCreated() != null) {
                out.add(JiraEvents.commented(issue, c, c.getAuthorKey(), c.getCreated().toInstant()));
            }
        }
        for (ChangeHistory group : changeHistories.getChangeHistories(issue)) {
            if (group.getId() == null || group.getAuthorKey() == null || group.getTimePerformed() == null) {
                continue;
            }
            JiraEvents.changed(issue, group, group.getAuthorKey(), group.getTimePerformed().toInstant())
                    .filter(e -> e.verb() != Verb.UPDATED).ifPresent(out::add);
        }
    }

    private static long createdMillis(List<MutableIssue> loaded, Long id) {
        for (Issue issue : loaded) {
            if (id.equals(issue.getId()) && issue.getCreated() != null) {
                return issue.getCreated().getTime();
            }
        }
        return 0;
    }
}
