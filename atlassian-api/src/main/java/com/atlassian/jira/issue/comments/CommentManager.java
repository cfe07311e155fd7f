package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Jira) of the comment manager; one member.
 *
 * <p>Checked against: docs.atlassian.com jira {@code com.atlassian.jira.issue.comments.CommentManager}
 * ("used to retrieve and create comments in JIRA", {@code @PublicApi}); {@code Comment getCommentById(Long)}:
 * public Jira plugins in the code index call {@code ComponentAccessor.getCommentManager().getCommentById(Long)}
 * and read {@code getBody()} and {@code getIssue()} from the result; not re-read for 9.12/10.3.
 * {@code List<Comment> getComments(Issue)} ("a List of comments, will return an empty list if none found"):
 * the jira-api source in the code index, and public plugins calling
 * {@code ComponentAccessor.getCommentManager().getComments(issue)}.
 */
public interface CommentManager {

    /** @return the comment with this id, or null */
    Comment getCommentById(Long commentId);

    /** @return every comment of the issue, oldest first; empty when none */
    List<Comment> getComments(Issue issue);
}
