package com.atlassian.confluence.like;

import java.util.Date;

/**
 * Compile-only re-declaration (class, as in Confluence) of one person's like of one piece of content.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.like.Like}
 * ({@code public class Like}; {@code long getContentId()}, {@code String getUsername()} (the liker's
 * user name), {@code Date getCreatedDate()}, none deprecated).
 */
public class Like {
    public long getContentId() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getUsername() {
        throw new UnsupportedOperationException("compile-only");
    }

    public Date getCreatedDate() {
        throw new UnsupportedOperationException("compile-only");
    }
}
