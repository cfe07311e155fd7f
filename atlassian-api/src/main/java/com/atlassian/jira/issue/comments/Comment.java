package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.Date;

/**
 * Compile-only re-declaration (interface, as in Jira) of an issue comment.
 *
 * <p>Checked against: the {@code com.atlassian.jira.issue.comments.Comment} type returned by
 * {@code SLAChangeEvent#getComment()} and taken by the {@code IssueEvent} constructor (docs.atlassian.com
 * jira-servicedesk 3.9, jira/server); {@code Long getId()} not re-read. {@code getBody()},
 * {@code getIssue()}, {@code String getGroupLevel()} and {@code Long getRoleLevelId()} (the visibility
 * restriction that {@code CommentManager#create(Issue, String, String, String groupLevel, Long roleLevelId, ...)}
 * stores, null when the comment is open to everyone who may browse the issue): public Jira plugins in
 * the code index read them so ({@code comment.getGroupLevel() != null || comment.getRoleLevelId() != null}
 * as "restricted"); not re-read for 9.12/10.3. {@code String getAuthorKey()} and {@code Date getCreated()}:
 * inherited members listed on docs.atlassian.com jira 7.0.8 {@code MutableComment extends Comment} (the
 * deprecated author getters are {@code getAuthor()} and {@code getAuthorUser()}).
 */
public interface Comment {

    Long getId();

    /** @return the text in Jira's wiki markup */
    String getBody();

    Issue getIssue();

    /** @return the group the comment is restricted to, or null */
    String getGroupLevel();

    /** @return the id of the project role the comment is restricted to, or null */
    Long getRoleLevelId();

    /** @return the author's user key, or null for an anonymous comment */
    String getAuthorKey();

    Date getCreated();
}
