package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Compile-only re-declaration (abstract class, as in Confluence) of content that lives in a space:
 * the superclass of {@code AbstractPage}.
 *
 * <p>Checked against: Confluence's content hierarchy (ContentEntityObject, SpaceContentEntityObject,
 * AbstractPage, Page/BlogPost) as documented on docs.atlassian.com; {@code getSpace()} not re-read
 * for 8.5/9.2.
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only");
    }

    /** Checked against the decompiled Confluence 8.7.2 {@code SpaceContentEntityObject#setSpace(Space)}. */
    public void setSpace(Space space) {
        throw new UnsupportedOperationException("compile-only");
    }
}
