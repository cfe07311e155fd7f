package com.atlassian.confluence.pages;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the comment manager; one member.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.pages.CommentManager}
 * ({@code public interface CommentManager extends ContentEntityManager}, {@code Comment getComment(long)}
 * declared on it, not deprecated); 9.x not re-read here.
 */
public interface CommentManager {

    /** @return the comment with this id, or null */
    Comment getComment(long id);
}
