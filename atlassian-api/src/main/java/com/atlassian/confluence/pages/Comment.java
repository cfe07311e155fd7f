package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

/**
 * Compile-only re-declaration (class, as in Confluence) of a comment.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 8.9.3, 9.0.3 and 9.5.2
 * {@code com.atlassian.confluence.pages.Comment}: {@code public class Comment extends
 * ContentEntityObject implements ... Spaced, ContentConvertible, Contained<ContentEntityObject>}
 * ({@code getSpace()} from {@code Spaced}, {@code getContainer()} from {@code Contained});
 * {@code getParent()} (the comment replied to, or null) is the long-standing member, not re-read.
 */
public class Comment extends ContentEntityObject {

    /** @return the comment this one replies to, or null for a top-level comment */
    public Comment getParent() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the page or blog post commented on */
    public ContentEntityObject getContainer() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the space of the commented content, or null */
    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only");
    }
}
