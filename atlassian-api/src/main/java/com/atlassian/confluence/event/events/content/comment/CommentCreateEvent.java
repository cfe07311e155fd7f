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
 * code index, which call {@code PageCreateEvent#getPage()}, {@code BlogPostCreateEvent#getBlogPost()},
 * {@code BlogPostUpdateEvent} and {@code CommentCreateEvent#getComment()} with these return types
 * (including decompiled Confluence listeners); not re-read in 8.5/9.2 javadoc.
 */
public class CommentCreateEvent {

    public Comment getComment() {
        throw new UnsupportedOperationException("compile-only");
    }
}
