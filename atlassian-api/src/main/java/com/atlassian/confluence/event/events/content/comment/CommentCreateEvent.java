package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.pages.Comment;

/**
 * Compile-only re-declaration (class, as in Confluence) of the event Confluence publishes when
 * a comment is created; only its getter is used. Its superclasses ({@code ContentEvent},
 * {@code ConfluenceEvent}) are not re-declared: the getter is declared here and the JVM finds
 * the host's declaration at run time.
 *
 * <p>Checked against: docs.atlassian.com Confluence javadoc package
 * {@code com.atlassian.confluence.event.events.content.comment} and public Confluence listeners in the
 * code index ({@code CommentCreateEvent#getComment()} is used by one); the page and blog post
 * getters are Confluence's long-standing event API, not each re-read for 8.5/9.2.
 */
public class CommentCreateEvent {

    public Comment getComment() {
        throw new UnsupportedOperationException("compile-only");
    }
}
