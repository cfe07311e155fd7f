package org.valuematrix.plugin.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.plugin.common.ExcerptsEach;
import org.valuematrix.spi.ContentExcerpts;

/**
 * A Jira comment's words, read when the stream is shown. The id is the comment's id, as capture
 * names it. Words are given only to a signed-in viewer who may browse the comment's issue (project
 * permission and issue security alike), only when the issue is in the project the event names,
 * and never for a comment restricted to a group or project role: who may read those is Jira's
 * own rule, which Value Matrix does not repeat.
 */
public class JiraContentExcerpts implements ContentExcerpts {
    private static final Logger LOG = LoggerFactory.getLogger(JiraContentExcerpts.class);

    private final CommentManager comments;
    private final PermissionManager permissions;
    private final UserManager users;

    public JiraContentExcerpts(CommentManager comments, PermissionManager permissions, UserManager users) {
        this.comments = comments;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Map<Ref, String> excerpts(String viewer, Collection<Ref> refs) {
        if (viewer == null || refs.isEmpty()) {
            return Map.of();
        }
        ApplicationUser user = users.getUserByKey(viewer);
        if (user == null) {
            return Map.of();
        }
        return ExcerptsEach.read(refs, ref -> words(ref, user), LOG, "Jira");
    }

    private String words(Ref ref, ApplicationUser user) {
        Comment comment = comment(ref);
        if (comment == null || comment.getGroupLevel() != null || comment.getRoleLevelId() != null) {
            return "";
        }
        Issue issue = comment.getIssue();
        Project project = issue == null ? null : issue.getProjectObject();
        if (project == null || !ref.containerKey().equals(project.getKey())
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return "";
        }
        return WikiMarkupText.of(comment.getBody());
    }

    private Comment comment(Ref ref) {
        if (!"comment".equals(ref.type())) {
            return null;
        }
        try {
            return comments.getCommentById(Long.valueOf(ref.id()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
