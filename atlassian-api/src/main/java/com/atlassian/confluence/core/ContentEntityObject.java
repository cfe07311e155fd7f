package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Date;

/**
 * Compile-only re-declaration (abstract class, as in Confluence) of a piece of content. Members
 * declared here live in the host on this class or its superclasses ({@code ConfluenceEntityObject},
 * {@code EntityObject}); Value Matrix calls them on this type, and the JVM resolves them up the
 * host's hierarchy.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 8.9.3 and 9.0.3
 * {@code com.atlassian.confluence.pages.Comment} (extends {@code ContentEntityObject}, which extends
 * {@code com.atlassian.core.bean.EntityObject}); the getters ({@code getId}, {@code getTitle},
 * {@code getCreator} returning {@code ConfluenceUser}, {@code getLastModifier},
 * {@code getCreationDate}, {@code getLastModificationDate}, {@code getVersion}, {@code getUrlPath},
 * {@code getBodyAsString}) are Confluence's long-standing content API, not each re-read.
 */
public abstract class ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only");
    }

    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("compile-only");
    }

    public ConfluenceUser getLastModifier() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Date getCreationDate() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Date getLastModificationDate() {
        throw new UnsupportedOperationException("compile-only");
    }

    public int getVersion() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the content's address relative to the base URL, starting with {@code /} */
    public String getUrlPath() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** @return the body in storage format (XHTML) */
    public String getBodyAsString() {
        throw new UnsupportedOperationException("compile-only");
    }

    // Checked against the decompiled Confluence 8.7.2 ContentEntityObject (none deprecated):
    // setTitle(String), setBodyAsString(String), List<Attachment> getAttachments(),
    // ContentPermissionSet getContentPermissionSet(String type) (null when the content has none).

    public void setTitle(String title) {
        throw new UnsupportedOperationException("compile-only");
    }

    public void setBodyAsString(String body) {
        throw new UnsupportedOperationException("compile-only");
    }

    public java.util.List<com.atlassian.confluence.pages.Attachment> getAttachments() {
        throw new UnsupportedOperationException("compile-only");
    }

    public com.atlassian.confluence.security.ContentPermissionSet getContentPermissionSet(String type) {
        throw new UnsupportedOperationException("compile-only");
    }
    // Checked against the decompiled Confluence 8.7.2 ContentEntityObject (neither deprecated):
    // List<Comment> getComments() (every comment whose container this is, replies included),
    // Long getOriginalVersionId() (null on the current version).
    public java.util.List<com.atlassian.confluence.pages.Comment> getComments() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Long getOriginalVersionId() {
        throw new UnsupportedOperationException("compile-only");
    }
}
